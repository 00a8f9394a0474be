package cn.tongpin.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the repairs in their order and the warning checks: checks read the text as it arrived (so a
 * candidate reading comes from the bytes that were really damaged) and their positions are carried
 * over into the repaired text. Pure: no database, safe to call from anywhere.
 */
public final class TextRepairs {

    public static final List<RepairRule> RULES = List.of(new Boilerplate(), new PinyinAnnotations(), new TraditionalToSimplified(),
            new ChinesePunctuation(), new ChineseSpacing());
    public static final List<WarningCheck> CHECKS = List.of(new ReplacementCharacters(), new QuestionMarks(), new Latin1Mojibake(),
            new RareCharacterRuns());

    private TextRepairs() {
    }

    /** The names of every repair, in the order they run. */
    public static List<String> ruleNames() {
        return RULES.stream().map(RepairRule::name).toList();
    }

    /** The repaired text, each change (positions in the text as that rule received it), the lifted fields and the warnings. */
    public record Result(String text, List<TextChange> changes, Map<String, String> fields, List<TextWarning> warnings) {
    }

    public static Result run(String text, String locale, Collection<String> disabled) {
        Set<String> off = Set.copyOf(disabled == null ? List.of() : disabled);
        List<TextWarning> found = CHECKS.stream().flatMap(check -> check.check(text).stream())
                .sorted(Comparator.comparingInt(TextWarning::position)).toList();
        String current = text;
        List<TextChange> changes = new ArrayList<>();
        List<List<TextChange>> steps = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        for (RepairRule rule : RULES) {
            if (off.contains(rule.name()) || !rule.appliesTo(locale)) {
                continue;
            }
            Repair repair = rule.apply(current);
            current = repair.text();
            changes.addAll(repair.changes());
            steps.add(repair.changes());
            repair.fields().forEach(fields::putIfAbsent);
        }
        List<TextWarning> warnings = found.stream().map(w -> new TextWarning(w.kind(), carry(w.position(), steps), w.text(),
                w.candidate(), w.message())).toList();
        return new Result(current, List.copyOf(changes), Map.copyOf(fields), warnings);
    }

    /** Where an offset of the original text ends up after every step's changes (inside a change: at its start). */
    static int carry(int position, List<List<TextChange>> steps) {
        int p = position;
        for (List<TextChange> step : steps) {
            int shift = 0;
            for (TextChange change : step) {
                int end = change.position() + change.before().length();
                if (end <= p) {
                    shift += change.after().length() - change.before().length();
                } else if (change.position() < p) {
                    shift += change.position() - p;
                }
            }
            p += shift;
        }
        return p;
    }

}
