package cn.tongpin.richtext;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a summary (the WeChat digest) from plain text: the first whole sentences that fit in
 * the limit; when the first sentence alone is longer, it is cut at a character boundary that is
 * not inside a Latin word, and ends with an ellipsis. Lengths count user-perceived characters.
 */
public final class Summaries {

    public static final int MAX_LENGTH = 120;
    private static final String ELLIPSIS = "…";
    /** A full stop, question or exclamation mark (full-width ones need no space after them), with closing quotes. */
    private static final Pattern CJK_LINE_END = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])[ \\t\\u3000]*\\n\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?:[。！？!?]+|…+)[”’」』）)\"']*|\\.+[”’)\"']*(?=\\s|$)");

    private Summaries() {
    }

    /** The summary of an HTML body: from its paragraphs only, never captions, table cells or figure text. */
    public static String ofHtml(String html) {
        return derive(PlainText.paragraphs(html));
    }

    public static String derive(String plainText) {
        return derive(plainText, MAX_LENGTH);
    }

    public static String derive(String plainText, int maxLength) {
        if (plainText == null) {
            return null;
        }
        // Lines (paragraphs) join without a space after Chinese text, with one after Latin text.
        String text = CJK_LINE_END.matcher(plainText).replaceAll("").replaceAll("[\\s\\u00a0\\u3000]+", " ").strip();
        if (text.isEmpty()) {
            return null;
        }
        if (length(text) <= maxLength) {
            return text;
        }
        String sentences = wholeSentences(text, maxLength);
        return sentences.isEmpty() ? cut(text, maxLength - ELLIPSIS.length()) + ELLIPSIS : sentences;
    }

    /** The longest run of whole sentences from the start that fits, or "" when even the first does not. */
    private static String wholeSentences(String text, int maxLength) {
        Matcher ends = SENTENCE_END.matcher(text);
        String fits = "";
        while (ends.find()) {
            String candidate = text.substring(0, ends.end()).strip();
            if (length(candidate) > maxLength) {
                break;
            }
            fits = candidate;
        }
        return fits;
    }

    /** The first characters that fit in max, never splitting a character or a Latin word. */
    static String cut(String text, int max) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int count = 0;
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE && count < max; next = characters.next()) {
            end = next;
            count++;
        }
        if (end < text.length() && isWordChar(text.codePointBefore(end)) && isWordChar(text.codePointAt(end))) {
            int wordStart = end;
            while (wordStart > 0 && isWordChar(text.codePointBefore(wordStart))) {
                wordStart -= Character.charCount(text.codePointBefore(wordStart));
            }
            // A "word" filling the whole limit (a URL, say) is cut anyway rather than leaving nothing.
            if (wordStart > 0) {
                end = wordStart;
            }
        }
        return text.substring(0, end).stripTrailing().replaceAll("[,，、;；:：\\-—(（\\[【《“‘\"']+$", "");
    }

    /** Letters and digits of scripts that separate words with spaces (not Han, Kana or Hangul). */
    private static boolean isWordChar(int codePoint) {
        if (!Character.isLetterOrDigit(codePoint) && Character.getType(codePoint) != Character.NON_SPACING_MARK) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
    }

    /** User-perceived characters (grapheme clusters). */
    public static int length(String text) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
