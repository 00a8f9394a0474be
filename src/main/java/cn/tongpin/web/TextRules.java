package cn.tongpin.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What text the service takes, written once: Bean Validation patterns for text fields, and the
 * characters no field, parameter or channel may carry at all. The OpenAPI document repeats the
 * patterns as JSON Schema patterns, which clients check with JavaScript's RegExp: so they are anchored
 * (JSON Schema patterns are not) and use only syntax both Java and JavaScript read the same way.
 */
public final class TextRules {

    /**
     * Characters that XML 1.0, PostgreSQL text, JSON and WeChat cannot all carry: NUL and the other C0
     * controls except tab, line feed and carriage return, DEL and the C1 controls, non-characters
     * (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) and surrogates that are not part of a pair.
     */
    private static final Pattern UNCARRIABLE = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cs}\\p{IsNoncharacter_Code_Point}]");
    /**
     * The same characters as far as a pattern in the OpenAPI document can say them (ECMA-262 regular
     * expressions): controls and the non-characters of the first plane. Unpaired surrogates and the
     * non-characters of other planes are refused by {@link #carriable} for every JSON string.
     */
    private static final String UNCARRIABLE_CLASS = "\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF";

    /** A single line: no control characters at all. */
    public static final String LINE = "^[^\\n\\r\\t" + UNCARRIABLE_CLASS + "]*$";
    public static final String LINE_MESSAGE = "must be one line without control characters";
    /** Running text: line breaks and tabs allowed, other control characters not. */
    public static final String TEXT = "^[^" + UNCARRIABLE_CLASS + "]*$";
    public static final String TEXT_MESSAGE = "must not contain control characters";
    public static final String URL = "^https?://[^\\s" + UNCARRIABLE_CLASS + "]+$";
    public static final String URL_MESSAGE = "must be an http or https URL";
    /** Why text was refused that no channel can carry. */
    public static final String CARRIABLE_MESSAGE = "must not contain NUL, control characters other than tab and line breaks, "
            + "non-characters (such as U+FFFF) or unpaired surrogates";

    private TextRules() {
    }

    /** Whether every channel can carry the text (null can: it is no text). */
    public static boolean carriable(String text) {
        return text == null || !UNCARRIABLE.matcher(text).find();
    }

    /** The text without the characters no channel can carry, for text stored before the rule (or around it). */
    public static String withoutUncarriable(String text) {
        if (carriable(text)) {
            return text;
        }
        Matcher m = UNCARRIABLE.matcher(text);
        return m.replaceAll("");
    }
}
