package cn.tongpin.search;

import com.hankcs.hanlp.HanLP;
import java.text.Normalizer;
import java.util.Locale;

/** Text as search sees it: full-width folded (NFKC), lower case, Traditional turned into Simplified. */
public final class ChineseText {

    private ChineseText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return hasHan(folded) ? HanLP.convertToSimplifiedChinese(folded) : folded;
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(ChineseText::isHan);
    }

    static boolean isLatinOrDigit(int codePoint) {
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= '0' && codePoint <= '9');
    }
}
