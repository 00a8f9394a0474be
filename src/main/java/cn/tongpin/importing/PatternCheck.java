package cn.tongpin.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A warning check that flags matches of one pattern: each match the check judges damaged, by what
 * surrounds it, is one warning with the check's message and, when there is one, a candidate reading.
 */
abstract class PatternCheck implements WarningCheck {

    private final String kind;
    private final Pattern pattern;
    private final String message;

    PatternCheck(String kind, Pattern pattern, String message) {
        this.kind = kind;
        this.pattern = pattern;
        this.message = message;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final List<TextWarning> check(String text) {
        List<TextWarning> warnings = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (damaged(text, m)) {
                warnings.add(new TextWarning(kind, m.start(), m.group(), candidate(m.group()), message));
            }
        }
        return warnings;
    }

    /** Whether this match is damage rather than text that merely looks like it. */
    boolean damaged(String text, MatchResult match) {
        return true;
    }

    /** The likely reading of {@code found}, or null when none is known. */
    String candidate(String found) {
        return null;
    }
}
