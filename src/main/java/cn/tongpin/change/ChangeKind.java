package cn.tongpin.change;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a write did to an item; on the wire in lower case ("created", ...). */
public enum ChangeKind {
    CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a wire name stands for, or null when it names none. */
    public static ChangeKind fromWireName(String name) {
        for (ChangeKind kind : values()) {
            if (kind.wireName().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The kind of a write that kept the item: a change of what the delivery API shows is a
     * publication or a withdrawal, anything else an update.
     */
    public static ChangeKind ofWrite(boolean visibleBefore, boolean visibleAfter) {
        if (visibleBefore == visibleAfter) {
            return UPDATED;
        }
        return visibleAfter ? PUBLISHED : UNPUBLISHED;
    }
}
