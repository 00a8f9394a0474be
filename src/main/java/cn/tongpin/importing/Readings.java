package cn.tongpin.importing;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.dictionary.py.PinyinDictionary;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a written pinyin syllable (gāo, gao1, gao) can be a reading of a character, by HanLP's
 * pinyin dictionary with every reading of a heteronym; Traditional characters are looked up
 * through their Simplified form too, whose readings the dictionary knows better.
 */
final class Readings {

    private static final String MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ";
    private static final String BASES = "aaaaeeeeiiiioooouuuuvvvvnnn";

    private Readings() {
    }

    /** A syllable as letters (ü as v) and tone (1-5, 0 when not written); null when it is no pinyin spelling. */
    record Syllable(String letters, int tone) {
    }

    static Syllable parse(String written) {
        String text = Normalizer.normalize(written, Normalizer.Form.NFC);
        StringBuilder letters = new StringBuilder();
        int tone = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int mark = MARKS.indexOf(c);
            if (mark >= 0) {
                if (tone != 0) {
                    return null;
                }
                letters.append(BASES.charAt(mark));
                tone = mark < 24 ? mark % 4 + 1 : (mark - 24) + 2;
            } else if (c == 'ü') {
                letters.append('v');
            } else if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (c >= '1' && c <= '5' && i == text.length() - 1 && tone == 0) {
                tone = c - '0';
            } else {
                return null;
            }
        }
        return letters.isEmpty() ? null : new Syllable(letters.toString(), tone);
    }

    /** True when the syllable is one of the character's readings (the tone is checked only when written; the neutral tone always fits). */
    static boolean plausible(String written, int codePoint) {
        Syllable syllable = parse(written);
        if (syllable == null) {
            return false;
        }
        for (Pinyin reading : readings(codePoint)) {
            String letters = reading.getPinyinWithoutTone().toLowerCase(Locale.ROOT).replace('ü', 'v').replace("u:", "v");
            if (letters.equals(syllable.letters())
                    && (syllable.tone() == 0 || syllable.tone() == 5 || syllable.tone() == reading.getTone())) {
                return true;
            }
        }
        return false;
    }

    /** The character's readings and those of its Simplified form, which HanLP knows better. */
    private static List<Pinyin> readings(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        List<Pinyin> readings = new ArrayList<>();
        add(readings, PinyinDictionary.get(character));
        String simplified = HanLP.convertToSimplifiedChinese(character);
        if (!simplified.equals(character)) {
            add(readings, PinyinDictionary.get(simplified));
        }
        return readings;
    }

    private static void add(List<Pinyin> readings, Pinyin[] found) {
        if (found != null) {
            readings.addAll(Arrays.asList(found));
        }
    }
}
