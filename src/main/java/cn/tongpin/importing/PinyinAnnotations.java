package cn.tongpin.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes pinyin readings inserted after Han characters, 清遠(yuǎn) or 高新（gāo xīn）, in ASCII or
 * full-width parentheses, with tone marks, tone numbers or none. Only an annotation whose every
 * syllable is a reading of the character it follows goes, so labels such as (A) and real Latin stay.
 */
public final class PinyinAnnotations implements RepairRule {

    public static final String NAME = "pinyin-annotations";

    private static final Pattern ANNOTATION = Pattern.compile(
            "[ \\u00a0]?[(（][ ]?([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[1-5]?(?:[ '’][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+[1-5]?)*)[ ]?[)）]");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Repair apply(String text) {
        Matcher matcher = ANNOTATION.matcher(text);
        List<TextChange> changes = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (matcher.find()) {
            if (annotates(text, matcher.start(), matcher.group(1).split("[ '’]"))) {
                out.append(text, copied, matcher.start());
                changes.add(new TextChange(matcher.start(), matcher.group(), "", NAME));
                copied = matcher.end();
            }
        }
        if (changes.isEmpty()) {
            return Repair.unchanged(text);
        }
        out.append(text, copied, text.length());
        return new Repair(out.toString(), changes);
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
