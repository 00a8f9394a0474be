package cn.tongpin.importing;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Half-width punctuation in Chinese text becomes full-width (，。；：！ and paired brackets and
 * quotes around Chinese), full-width letters and digits become half-width. A question mark is left
 * alone: inside Chinese it is more often a character lost to a wrong encoding, which is a warning.
 */
public final class ChinesePunctuation extends PatternRepair {

    public static final String NAME = "punctuation";

    private static final Pattern MARK = Pattern.compile("[,;:!.]|\\(([^()\\n]*)\\)|\"([^\"\\n]*)\"|[\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]+");

    public ChinesePunctuation() {
        super(NAME, MARK);
    }

    @Override
    String replacement(String text, MatchResult m) {
        String found = m.group();
        int start = m.start();
        char first = found.charAt(0);
        if (first >= '\uff10') {
            return halfWidth(found);
        } else if (first == '(' && chinese(m.group(1)) && (Han.isChineseContext(text, start - 1) || startsHan(m.group(1)))) {
            return "（" + m.group(1) + "）";
        } else if (first == '"' && chinese(m.group(2))) {
            return "“" + m.group(2) + "”";
        } else if (found.length() == 1 && first != '(' && first != '"' && betweenChinese(text, start, first)) {
            return String.valueOf(fullWidth(first));
        }
        return null;
    }

    private static boolean betweenChinese(String text, int at, char mark) {
        int before = skipSpaces(text, at - 1, -1);
        if (!Han.isHanAt(text, before) && !(before >= 0 && "”）》\")".indexOf(text.charAt(before)) >= 0)) {
            return false;
        }
        int after = skipSpaces(text, at + 1, 1);
        boolean lineEnd = after >= text.length() || text.charAt(after) == '\n';
        if (mark == '.' || mark == '!') {
            return lineEnd || Han.isChineseContext(text, after);
        }
        return Han.isChineseContext(text, after) || (after < text.length() && "“《（\"(".indexOf(text.charAt(after)) >= 0);
    }

    private static int skipSpaces(String text, int index, int step) {
        while (index >= 0 && index < text.length() && (text.charAt(index) == ' ' || text.charAt(index) == '\u3000')) {
            index += step;
        }
        return index;
    }

    private static boolean chinese(String content) {
        return content != null && Han.count(content) > 0;
    }

    private static boolean startsHan(String content) {
        return Han.isHanAt(content, 0);
    }

    private static char fullWidth(char mark) {
        return switch (mark) {
            case ',' -> '，';
            case ';' -> '；';
            case ':' -> '：';
            case '!' -> '！';
            default -> '。';
        };
    }

    private static String halfWidth(String fullWidth) {
        StringBuilder out = new StringBuilder(fullWidth.length());
        fullWidth.chars().forEach(c -> out.append((char) (c - 0xfee0)));
        return out.toString();
    }
}
