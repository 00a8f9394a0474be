package cn.tongpin.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** U+FFFD: somewhere before us a decoder met bytes it could not read, and what they were is lost. */
public final class ReplacementCharacters implements WarningCheck {

    public static final String KIND = "replacement-character";
    private static final Pattern RUN = Pattern.compile("\uFFFD+");

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<TextWarning> check(String text) {
        List<TextWarning> warnings = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            warnings.add(new TextWarning(KIND, m.start(), m.group(), null,
                    "U+FFFD replacement characters: bytes that could not be decoded were lost here"));
        }
        return warnings;
    }
}
