package cn.tongpin.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A half-width ? between Chinese characters: what an encoder writes for a character it cannot
 * encode. A real question in Chinese ends with ？, so the import flags it rather than guess.
 */
public final class QuestionMarks implements WarningCheck {

    public static final String KIND = "question-mark";
    private static final Pattern RUN = Pattern.compile("\\?+");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<TextWarning> check(String text) {
        List<TextWarning> warnings = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            if (Han.isHanAt(text, m.start() - 1) && Han.isChineseContext(text, m.end())) {
                warnings.add(new TextWarning(KIND, m.start(), m.group(), null,
                        "? inside Chinese text: probably a character the source could not encode"));
            }
        }
        return warnings;
    }
}
