package cn.tongpin.importing;

import java.util.List;
import java.util.Map;

/** What one rule made of a text: the new text, each change, and any fields it lifted out (byline, source, editor). */
public record Repair(String text, List<TextChange> changes, Map<String, String> fields) {

    public Repair(String text, List<TextChange> changes) {
        this(text, changes, Map.of());
    }

    static Repair unchanged(String text) {
        return new Repair(text, List.of(), Map.of());
    }
}
