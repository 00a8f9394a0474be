package cn.tongpin.importing;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A repair rule that looks at each match of one pattern in turn and, judging by what surrounds it,
 * replaces it or leaves it; every replacement is recorded as a change of the rule.
 */
abstract class PatternRepair implements RepairRule {

    private final String name;
    private final Pattern pattern;

    PatternRepair(String name, Pattern pattern) {
        this.name = name;
        this.pattern = pattern;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Repair apply(String text) {
        Edits edits = new Edits(text, name);
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String replacement = replacement(text, m);
            if (replacement != null) {
                edits.replace(m.start(), m.end(), replacement);
            }
        }
        return edits.done();
    }

    /** What the match in {@code text} becomes, or null to leave it as it is. */
    abstract String replacement(String text, MatchResult match);
}
