package cn.tongpin.importing;

/** What counts as Chinese text for the import rules. */
final class Han {

    private Han() {
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isHanAt(CharSequence text, int index) {
        return index >= 0 && index < text.length() && isHan(Character.codePointAt(text, index));
    }

    /** Full-width Chinese punctuation, which counts as Chinese context on either side of a mark. */
    static boolean isChinesePunctuation(char c) {
        return "，。、；：？！“”‘’（）《》〈〉【】—…·「」『』".indexOf(c) >= 0;
    }

    static boolean isChineseContext(CharSequence text, int index) {
        return isHanAt(text, index) || (index >= 0 && index < text.length() && isChinesePunctuation(text.charAt(index)));
    }

    static long count(CharSequence text) {
        return text.codePoints().filter(Han::isHan).count();
    }
}
