package cn.tongpin.importing;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs of characters rare in news text (neither frequent alone nor part of a dictionary word, or
 * no Chinese at all: kana, bopomofo, private use): what Chinese decoded with a one-byte shift or
 * the wrong charset looks like. A name such as 周岐贤 has two rare characters at most, never a run.
 */
public final class RareCharacterRuns implements WarningCheck {

    public static final String KIND = "rare-characters";
    private static final int SHORTEST = 3;
    private static final int GAP = 2;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<TextWarning> check(String text) {
        boolean[] common = CommonWords.common(simplified(text));
        List<TextWarning> warnings = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!rare(text, common, i)) {
                i++;
                continue;
            }
            int start = i;
            int end = i + 1;
            int rare = 1;
            int gap = 0;
            for (i = i + 1; i < text.length() && gap <= GAP && text.charAt(i) != '\n'; i++) {
                if (rare(text, common, i)) {
                    rare++;
                    end = i + 1;
                    gap = 0;
                } else {
                    gap++;
                }
            }
            i = end;
            if (rare >= SHORTEST && rare * 2 >= end - start) {
                String run = text.substring(start, end);
                warnings.add(new TextWarning(KIND, start, run, Redecoding.ofRareRun(run).orElse(null),
                        "Characters rare in news text in a row: probably text decoded with the wrong character set"));
            }
        }
        return warnings;
    }

    /** Traditional characters are judged by their Simplified form, which HanLP's frequencies know. */
    private static String simplified(String text) {
        String simplified = HanLP.convertToSimplifiedChinese(text);
        return simplified.length() == text.length() ? simplified : text;
    }

    private static boolean rare(String text, boolean[] common, int i) {
        char c = text.charAt(i);
        return (Han.isHanAt(text, i) && !common[i]) || CommonWords.stray(c);
    }
}
