package cn.tongpin.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Removes spaces between Chinese characters and full-width punctuation, where Chinese puts none; spaces next to Latin or digits stay. */
public final class ChineseSpacing implements RepairRule {

    public static final String NAME = "spacing";

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0\\u3000]+");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Repair apply(String text) {
        Edits edits = new Edits(text, NAME);
        Matcher m = SPACES.matcher(text);
        while (m.find()) {
            boolean lineStart = m.start() == 0 || text.charAt(m.start() - 1) == '\n';
            if (!lineStart && Han.isChineseContext(text, m.start() - 1) && Han.isChineseContext(text, m.end())) {
                edits.replace(m.start(), m.end(), "");
            }
        }
        return edits.done();
    }
}
