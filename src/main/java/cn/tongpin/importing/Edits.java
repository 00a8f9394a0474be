package cn.tongpin.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects replacements in text order and applies them at once, recording each as a change of one rule. */
final class Edits {

    private final String text;
    private final String rule;
    private final List<TextChange> changes = new ArrayList<>();
    private final StringBuilder out;
    private int copied;

    Edits(String text, String rule) {
        this.text = text;
        this.rule = rule;
        this.out = new StringBuilder(text.length());
    }

    /** Replaces [start, end) of the original text; calls must come in text order and not overlap. */
    void replace(int start, int end, String replacement) {
        if (start < copied) {
            return;
        }
        out.append(text, copied, start).append(replacement);
        changes.add(new TextChange(start, text.substring(start, end), replacement, rule));
        copied = end;
    }

    Repair done() {
        if (changes.isEmpty()) {
            return Repair.unchanged(text);
        }
        out.append(text, copied, text.length());
        return new Repair(out.toString(), List.copyOf(changes));
    }
}
