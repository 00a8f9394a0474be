package cn.tongpin.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** UTF-8 Chinese read as ISO-8859-1 or windows-1252 (æ¸…è¿œ for 清远): flagged with the UTF-8 reading of its bytes. */
public final class Latin1Mojibake implements WarningCheck {

    public static final String KIND = "latin1-mojibake";
    private static final int SHORTEST = 3;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<TextWarning> check(String text) {
        List<TextWarning> warnings = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!part(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && part(text.charAt(i))) {
                i++;
            }
            String run = text.substring(start, i);
            if (run.length() >= SHORTEST && run.chars().anyMatch(c -> c != 0xFFFD)) {
                Optional<String> reading = Redecoding.ofLatin1(run);
                if (reading.isPresent() && reading.get().chars().anyMatch(c -> c >= 0x80)) {
                    warnings.add(new TextWarning(KIND, start, run, reading.get(),
                            "UTF-8 text decoded as Latin-1 (windows-1252)"));
                }
            }
        }
        return warnings;
    }

    private static boolean part(char c) {
        return Windows1252.mojibake(c) || c == 0xFFFD;
    }
}
