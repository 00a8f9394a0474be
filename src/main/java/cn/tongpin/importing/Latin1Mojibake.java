package cn.tongpin.importing;

import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** UTF-8 Chinese read as ISO-8859-1 or windows-1252 (æ¸…è¿œ for 清远): flagged with the UTF-8 reading of its bytes. */
public final class Latin1Mojibake extends PatternCheck {

    public static final String KIND = "latin1-mojibake";
    private static final int SHORTEST = 3;

    public Latin1Mojibake() {
        super(KIND, Pattern.compile("[" + Windows1252.mojibakeClass() + "\\x{FFFD}]{" + SHORTEST + ",}"),
                "UTF-8 text decoded as Latin-1 (windows-1252)");
    }

    @Override
    boolean damaged(String text, MatchResult m) {
        return m.group().chars().anyMatch(c -> c != 0xFFFD) && reading(m.group()).isPresent();
    }

    @Override
    String candidate(String found) {
        return reading(found).orElse(null);
    }

    private static Optional<String> reading(String run) {
        return Redecoding.ofLatin1(run).filter(reading -> reading.chars().anyMatch(c -> c >= 0x80));
    }
}
