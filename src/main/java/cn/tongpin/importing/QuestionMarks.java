package cn.tongpin.importing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A half-width ? between Chinese characters: what an encoder writes for a character it cannot
 * encode. A real question in Chinese ends with ？, so the import flags it rather than guess.
 */
public final class QuestionMarks extends PatternCheck {

    public static final String KIND = "question-mark";

    public QuestionMarks() {
        super(KIND, Pattern.compile("\\?+"), "? inside Chinese text: probably a character the source could not encode");
    }

    @Override
    boolean damaged(String text, MatchResult m) {
        return Han.isHanAt(text, m.start() - 1) && Han.isChineseContext(text, m.end());
    }
}
