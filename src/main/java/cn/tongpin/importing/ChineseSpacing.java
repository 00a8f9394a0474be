package cn.tongpin.importing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** Removes spaces between Chinese characters and full-width punctuation, where Chinese puts none; spaces next to Latin or digits stay. */
public final class ChineseSpacing extends PatternRepair {

    public static final String NAME = "spacing";

    public ChineseSpacing() {
        super(NAME, Pattern.compile("[ \\t\\u00a0\\u3000]+"));
    }

    @Override
    String replacement(String text, MatchResult m) {
        boolean lineStart = m.start() == 0 || text.charAt(m.start() - 1) == '\n';
        return !lineStart && Han.isChineseContext(text, m.start() - 1) && Han.isChineseContext(text, m.end()) ? "" : null;
    }
}
