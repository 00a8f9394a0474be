package cn.tongpin.change;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a write did to an item; on the wire in lower case ("created", ...). */
public enum ChangeKind {
    CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED;

    @JsonValue
    public String wireName() {
        return WireNames.of(this);
    }

    /** The kind a wire name stands for, or null when it names none. */
    public static ChangeKind fromWireName(String name) {
        return WireNames.find(values(), name);
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
