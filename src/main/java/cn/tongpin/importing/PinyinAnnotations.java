package cn.tongpin.importing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Removes pinyin readings inserted after Han characters, 清遠(yuǎn) or 高新（gāo xīn）, in ASCII or
 * full-width parentheses, with tone marks, tone numbers or none. Only an annotation whose every
 * syllable is a reading of the character it follows goes, so labels such as (A) and real Latin stay.
 */
public final class PinyinAnnotations extends PatternRepair {

    public static final String NAME = "pinyin-annotations";

    private static final Pattern ANNOTATION = Pattern.compile(
            "[ \\u00a0]?[(（][ ]?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[1-5]?(?:[ '’][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[1-5]?)*)[ ]?[)）]");

    public PinyinAnnotations() {
        super(NAME, ANNOTATION);
    }

    @Override
    String replacement(String text, MatchResult m) {
        return annotates(text, m.start(), m.group(1).split("[ '’]")) ? "" : null;
    }

    /** The syllables read the Han characters right before {@code end}, one each. */
    private static boolean annotates(String text, int end, String[] syllables) {
        int index = end;
        for (int s = syllables.length - 1; s >= 0; s--) {
            if (index <= 0) {
                return false;
            }
            int codePoint = Character.codePointBefore(text, index);
            if (!Han.isHan(codePoint) || !Readings.plausible(syllables[s], codePoint)) {
                return false;
            }
            index -= Character.charCount(codePoint);
        }
        return true;
    }
}
