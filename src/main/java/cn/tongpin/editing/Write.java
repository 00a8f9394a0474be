package cn.tongpin.editing;

/**
 * What a write was, for the hooks that follow it in its transaction: why (as article revisions
 * record it: "create", "update", "restore", "publish", …), the revision it brought back when it is a
 * restore, and who wrote when it was not the caller (the scheduler).
 */
public record Write(String reason, Integer restoredFrom, String by) {

    public static final Write CREATE = of("create");
    public static final Write UPDATE = of("update");

    public static Write of(String reason) {
        return new Write(reason, null, null);
    }

    public static Write restore(int revision) {
        return new Write("restore", revision, null);
    }

    /** A write no caller made, e.g. a scheduled publication. */
    public static Write by(String who, String reason) {
        return new Write(reason, null, who);
    }
}
