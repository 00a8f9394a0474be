package cn.tongpin.slug;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Makes ASCII slugs from names: Chinese characters become toneless pinyin syllables (HanLP, phrase
 * aware, so 重庆 is chong-qing), Latin text is lower-cased without accents, everything else separates.
 */
public final class SlugGenerator {

    public static final int MAX_LENGTH = 80;

    private SlugGenerator() {
    }

    public static String fromName(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC);
        List<String> words = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        List<Pinyin> pinyin = HanLP.convertToPinyinList(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isHan(c)) {
                flush(latin, words);
                Pinyin syllable = i < pinyin.size() ? pinyin.get(i) : null;
                String ascii = syllable == null || syllable == Pinyin.none5 ? "" : syllable.getPinyinWithoutTone();
                ascii = ascii.replace("ü", "v").replaceAll("[^a-z]", "");
                if (!ascii.isEmpty()) {
                    words.add(ascii);
                }
            } else {
                String plain = stripAccents(String.valueOf(c)).toLowerCase(Locale.ROOT);
                if (plain.length() == 1 && isAsciiAlnum(plain.charAt(0))) {
                    latin.append(plain);
                } else {
                    flush(latin, words);
                }
            }
        }
        flush(latin, words);
        return join(words);
    }

    private static String join(List<String> words) {
        StringBuilder slug = new StringBuilder();
        for (String word : words) {
            int extra = slug.length() == 0 ? word.length() : word.length() + 1;
            if (slug.length() + extra > MAX_LENGTH) {
                break;
            }
            if (slug.length() > 0) {
                slug.append('-');
            }
            slug.append(word);
        }
        return slug.toString();
    }

    private static void flush(StringBuilder latin, List<String> words) {
        if (latin.length() > 0) {
            words.add(latin.length() > MAX_LENGTH ? latin.substring(0, MAX_LENGTH) : latin.toString());
            latin.setLength(0);
        }
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static String stripAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
