package cn.tongpin.change;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of content whose changes are announced; on the wire in lower case ("article", ...). */
public enum ContentType {
    ARTICLE, MEETING, ORGANIZATION, PARTICIPANT, TOPIC;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a wire name stands for, or null when it names none. */
    public static ContentType fromWireName(String name) {
        for (ContentType type : values()) {
            if (type.wireName().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
