package cn.tongpin.search;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns Chinese (and mixed) text into the tokens stored in a {@code tsvector} with the
 * {@code simple} configuration: HanLP words, every CJK character bigram (so that two-character
 * words and words missing from the dictionary are found), and Latin words and numbers.
 * Everything is normalised first ({@link ChineseText}), so Traditional text gives Simplified tokens.
 */
public final class SearchTokenizer {

    /** Longest Latin word or number kept; longer runs are cut. */
    static final int MAX_LATIN = 40;

    private SearchTokenizer() {
    }

    /** Tokens for the index, in text order, space separated (the input of {@code to_tsvector('simple', …)}). */
    public static String indexText(String text) {
        return String.join(" ", tokens(text));
    }

    /** Tokens for the index: words, bigrams and Latin words in text order; repeats kept (they count for ranking). */
    public static List<String> tokens(String text) {
        String normal = ChineseText.normalize(text);
        List<String> tokens = new ArrayList<>();
        if (normal.isEmpty()) {
            return tokens;
        }
        for (Run run : runs(normal)) {
            if (run.han()) {
                tokens.addAll(bigrams(run.text()));
                tokens.addAll(words(run.text()));
            } else {
                tokens.add(run.text());
            }
        }
        return tokens;
    }

    /** Multi-character HanLP words of a run of Han characters. */
    static List<String> words(String han) {
        if (han.codePointCount(0, han.length()) < 3) {
            return List.of(); // a one- or two-character run is already its own bigram
        }
        List<String> words = new ArrayList<>();
        for (Term term : StandardTokenizer.segment(han)) {
            String word = term.word;
            if (word.codePointCount(0, word.length()) >= 3) {
                words.add(word); // two-character words are bigrams already
            }
        }
        return words;
    }

    /** Every pair of neighbouring characters; a single character gives none. */
    static List<String> bigrams(String han) {
        int[] cps = han.codePoints().toArray();
        List<String> bigrams = new ArrayList<>(Math.max(0, cps.length - 1));
        for (int i = 0; i + 1 < cps.length; i++) {
            bigrams.add(new String(cps, i, 2));
        }
        return bigrams;
    }

    /** A maximal stretch of Han characters, or of Latin letters and digits. */
    record Run(String text, boolean han) {
    }

    static List<Run> runs(String normal) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean han = null;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            Boolean kind = ChineseText.isHan(cp) ? Boolean.TRUE : ChineseText.isLatinOrDigit(cp) ? Boolean.FALSE : null;
            if (kind != han && current.length() > 0) {
                runs.add(run(current, han));
                current.setLength(0);
            }
            han = kind;
            if (kind != null) {
                current.appendCodePoint(cp);
            }
        }
        if (current.length() > 0) {
            runs.add(run(current, han));
        }
        return runs;
    }

    private static Run run(StringBuilder text, Boolean han) {
        String value = text.toString();
        if (!han && value.length() > MAX_LATIN) {
            value = value.substring(0, MAX_LATIN);
        }
        return new Run(value, han);
    }

    /** Distinct tokens, for tests and diagnostics. */
    static Set<String> distinct(String text) {
        return new LinkedHashSet<>(tokens(text));
    }
}
