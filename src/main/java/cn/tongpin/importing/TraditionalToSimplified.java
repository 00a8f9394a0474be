package cn.tongpin.importing;

import com.hankcs.hanlp.HanLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Converts Traditional characters to Simplified phrase by phrase with HanLP (乾燥 → 干燥 but 乾坤
 * stays), when the article is zh-Hans. A character whose Simplified form depends on the phrase is
 * reported with every form HanLP's table knows for it, so an editor can check the choice.
 */
public final class TraditionalToSimplified implements RepairRule {

    public static final String NAME = "traditional-to-simplified";
    private static final String TABLE = "data/dictionary/tc/t2s.txt";
    private static final Map<Integer, Set<String>> FORMS = forms();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(String locale) {
        String tag = locale == null ? "zh-hans" : locale.toLowerCase(Locale.ROOT);
        return tag.equals("zh") || tag.startsWith("zh-hans") || tag.equals("zh-cn") || tag.equals("zh-sg");
    }

    @Override
    public Repair apply(String text) {
        if (Han.count(text) == 0) {
            return Repair.unchanged(text);
        }
        String converted = HanLP.convertToSimplifiedChinese(text);
        if (converted.equals(text)) {
            return Repair.unchanged(text);
        }
        if (converted.length() != text.length()) {
            return new Repair(converted, List.of(new TextChange(0, text, converted, NAME)));
        }
        return new Repair(converted, changes(text, converted));
    }

    /** One change per run of changed characters, and one per character that had a choice. */
    private static List<TextChange> changes(String before, String after) {
        List<TextChange> changes = new ArrayList<>();
        int i = 0;
        while (i < before.length()) {
            if (before.charAt(i) == after.charAt(i) && !ambiguous(before.charAt(i))) {
                i++;
                continue;
            }
            if (ambiguous(before.charAt(i))) {
                changes.add(new TextChange(i, before.substring(i, i + 1), after.substring(i, i + 1), NAME,
                        List.copyOf(FORMS.get((int) before.charAt(i)))));
                i++;
                continue;
            }
            int start = i;
            while (i < before.length() && before.charAt(i) != after.charAt(i) && !ambiguous(before.charAt(i))) {
                i++;
            }
            changes.add(new TextChange(start, before.substring(start, i), after.substring(start, i), NAME));
        }
        return changes;
    }

    private static boolean ambiguous(char c) {
        Set<String> forms = FORMS.get((int) c);
        return forms != null && forms.size() > 1;
    }

    /** Every Simplified form each Traditional character takes in HanLP's table, alone and inside phrases. */
    private static Map<Integer, Set<String>> forms() {
        Map<Integer, Set<String>> forms = new HashMap<>();
        InputStream in = HanLP.class.getClassLoader().getResourceAsStream(TABLE);
        if (in == null) {
            return forms;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String from = line.substring(0, equals);
                String to = line.substring(equals + 1);
                if (from.length() != to.length()) {
                    continue;
                }
                for (int i = 0; i < from.length(); i++) {
                    char t = from.charAt(i);
                    if (Character.isSurrogate(t) || Character.isSurrogate(to.charAt(i))) {
                        continue;
                    }
                    forms.computeIfAbsent((int) t, k -> new LinkedHashSet<>()).add(String.valueOf(to.charAt(i)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("HanLP's conversion table could not be read", e);
        }
        return forms;
    }
}
