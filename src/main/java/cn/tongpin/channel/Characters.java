package cn.tongpin.channel;

import java.util.List;

/** Lengths as people count them: Chinese characters and emoji are one each, never bytes or UTF-16 units. */
public final class Characters {

    public static final String ELLIPSIS = "…";

    private Characters() {
    }

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * The text cut to {@code max} characters (an ellipsis as the last one) with a warning added,
     * or the text itself when it fits. Never splits a surrogate pair.
     */
    public static String fit(String field, String text, int max, List<ChannelWarning> warnings) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        int length = length(trimmed);
        if (length <= max) {
            return trimmed;
        }
        String cut = trimmed.substring(0, trimmed.offsetByCodePoints(0, max - 1)).stripTrailing() + ELLIPSIS;
        warnings.add(new ChannelWarning(field, "truncated",
                field + " has " + length + " characters, the limit is " + max + ": it was shortened", max, (long) length));
        return cut;
    }
}
