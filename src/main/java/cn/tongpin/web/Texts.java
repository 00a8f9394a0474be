package cn.tongpin.web;

/** Small helpers for text that goes into answers. */
public final class Texts {

    private Texts() {
    }

    /** Shortens text for echoing it in a message, by code points so no character is cut. */
    public static String abbreviate(String text, int maxCodePoints) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        if (clean.codePointCount(0, clean.length()) <= maxCodePoints) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, maxCodePoints)) + "…";
    }
}
