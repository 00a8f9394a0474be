package cn.tongpin.reference;

import cn.tongpin.web.Texts;
import java.util.List;

/**
 * One kind of content that points at an item, with the names (titles, or slugs where there is no
 * title) of the items that do, at most {@link #LIMIT}.
 */
public record Referrer(String singular, String plural, List<String> names) {

    /** Names fetched per kind: enough to count "…" and show five. */
    public static final int LIMIT = 50;

    /** "2 meetings (a, b)": at most five names, each cut to 60 characters. */
    String describe() {
        List<String> shown = names.stream().limit(5).map(n -> Texts.abbreviate(n, 60)).toList();
        String more = names.size() > shown.size() ? ", …" : "";
        return names.size() + " " + (names.size() == 1 ? singular : plural) + " (" + String.join(", ", shown) + more + ")";
    }
}
