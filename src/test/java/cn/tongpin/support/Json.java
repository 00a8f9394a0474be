package cn.tongpin.support;

import java.util.UUID;

/** Small helpers for test bodies. */
public final class Json {

    private Json() {
    }

    /** A name no other test uses, so tests never depend on each other's data. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
