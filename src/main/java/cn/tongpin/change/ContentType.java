package cn.tongpin.change;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of content whose changes are announced; on the wire in lower case ("article", ...). */
public enum ContentType {
    ARTICLE, MEETING, ORGANIZATION, PARTICIPANT, TOPIC;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    /** The type a wire name stands for, or null when it names none. */
    public static ContentType fromWireName(String name) {
        return WireNames.find(values(), name);
    }
}
