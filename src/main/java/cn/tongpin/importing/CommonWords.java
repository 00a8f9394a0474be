package cn.tongpin.importing;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * How ordinary a stretch of Chinese is, by HanLP's core dictionary (the portable jar's mini
 * dictionary with word frequencies): a character is common when it is frequent on its own or part
 * of a dictionary word with its neighbours. Text decoded with the wrong charset is mostly neither.
 */
final class CommonWords {

    /** Single-character frequency from which a character counts as common even outside a word. */
    static final int FREQUENT = 20;
    private static final int LONGEST_WORD = 6;
    private static final int LONGEST_NAME = 4;
    private static final Segment NAMES = HanLP.newSegment().enableOffset(true).enableNameRecognize(true)
            .enablePlaceRecognize(false).enableOrganizationRecognize(false);

    private CommonWords() {
    }

    /** For each char of the text, whether it is common there (people's names count); non-Han chars are false. */
    static boolean[] common(String text) {
        boolean[] common = words(text);
        markNames(text, common);
        return common;
    }

    /** As {@link #common} but by the dictionary alone: cheap enough to score many candidate readings. */
    private static boolean[] words(String text) {
        boolean[] common = new boolean[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (!Han.isHanAt(text, i)) {
                continue;
            }
            if (CoreDictionary.getTermFrequency(text.substring(i, i + 1)) >= FREQUENT) {
                common[i] = true;
            }
            for (int length = 2; length <= LONGEST_WORD && i + length <= text.length(); length++) {
                if (!Han.isHanAt(text, i + length - 1)) {
                    break;
                }
                if (CoreDictionary.contains(text.substring(i, i + length))) {
                    for (int k = i; k < i + length; k++) {
                        common[k] = true;
                    }
                }
            }
        }
        return common;
    }

    /**
     * People's names are made of rare characters on purpose; HanLP's name recogniser finds them.
     * It runs only on the lines with enough rare characters to matter, as it is the slow part.
     */
    private static void markNames(String text, boolean[] common) {
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int rare = 0;
            for (int i = start; i < end && rare < 3; i++) {
                rare += Han.isHanAt(text, i) && !common[i] ? 1 : 0;
            }
            if (rare >= 3) {
                for (Term term : NAMES.seg(text.substring(start, end))) {
                    if (term.nature != null && term.nature.startsWith("nr") && term.word.length() <= LONGEST_NAME) {
                        for (int k = start + term.offset; k < start + term.offset + term.word.length() && k < end; k++) {
                            common[k] = true;
                        }
                    }
                }
            }
            start = end + 1;
        }
    }

    /** Share of the Han and stray characters of the text that are common Chinese, 0 when there are none. */
    static double score(String text) {
        boolean[] common = words(text);
        int counted = 0;
        int good = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Han.isHanAt(text, i) || stray(text.charAt(i))) {
                counted++;
                good += common[i] ? 1 : 0;
            }
        }
        return counted == 0 ? 0 : (double) good / counted;
    }

    /**
     * A character with no business in Chinese news text that a wrong decoding of Chinese bytes
     * produces: kana, bopomofo, enclosed numbers, box drawing, Greek and Cyrillic, private use, U+FFFD.
     */
    static boolean stray(char c) {
        if (c < 0x250 || Character.isWhitespace(c) || Han.isChinesePunctuation(c) || Character.isSurrogate(c)) {
            return false;
        }
        if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e)) {
            return false;
        }
        return !Han.isHan(c);
    }
}
