package cn.tongpin.web;

import java.text.BreakIterator;
import java.util.Locale;

/** Small helpers for text that goes into answers. */
public final class Texts {

    private Texts() {
    }

    /** Shortens text for echoing it in a message, by code points so no character is cut. */
    public static String abbreviate(String text, int maxCodePoints) {
        if (text == null) {
            return "";
        }
        String clean = TextRules.withoutUncarriable(text.replaceAll("\\p{Cntrl}", "?"));
        if (clean.codePointCount(0, clean.length()) <= maxCodePoints) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, maxCodePoints)) + "…";
    }

    /**
     * Text the service derives (a summary from a body) cut to fit a column of {@code maxCodePoints}
     * characters as PostgreSQL counts them: at the last whole character (grapheme) that fits, or inside
     * the first one when even that is longer (a letter with a thousand combining marks).
     */
    public static String fitColumn(String text, int maxCodePoints) {
        if (text == null || text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, maxCodePoints);
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = characters.preceding(limit + 1);
        return text.substring(0, end > 0 ? end : limit);
    }
}
