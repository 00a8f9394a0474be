package cn.tongpin.web;

/**
 * Regular expressions and messages for Bean Validation of text fields. The OpenAPI document repeats
 * them as JSON Schema patterns, which clients check with JavaScript's RegExp: so they are anchored
 * (JSON Schema patterns are not) and use only syntax both Java and JavaScript read the same way
 * (no {@code \p{Cntrl}}: that is {@code \x00-\x1F\x7F} spelled out).
 */
public final class TextRules {

    /** A single line: no control characters at all. */
    public static final String LINE = "^[^\\x00-\\x1F\\x7F]*$";
    public static final String LINE_MESSAGE = "must be one line without control characters";
    /** Running text: line breaks and tabs allowed, other control characters not. */
    public static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";
    public static final String TEXT_MESSAGE = "must not contain control characters";
    public static final String URL = "^https?://[^ \\x00-\\x1F\\x7F]+$";
    public static final String URL_MESSAGE = "must be an http or https URL";

    private TextRules() {
    }
}
