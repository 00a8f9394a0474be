package cn.tongpin.web;

import java.util.List;

/** Refuses to delete something that other content still points at, and says what does. */
public final class References {

    private References() {
    }

    /** @param referrers one line per kind of referrer, e.g. "3 meetings (…)"; empty when free */
    public static void requireNone(String what, List<String> referrers) {
        List<String> present = referrers.stream().filter(r -> r != null && !r.isEmpty()).toList();
        if (!present.isEmpty()) {
            throw ProblemException.conflict("referenced",
                    "This " + what + " is still referenced and was not deleted: " + String.join("; ", present));
        }
    }

    /** "2 meetings (a, b)" from the names found, or "" when there are none. */
    public static String describe(String singular, String plural, List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> shown = names.stream().limit(5).map(n -> Texts.abbreviate(n, 60)).toList();
        String more = names.size() > shown.size() ? ", …" : "";
        return names.size() + " " + (names.size() == 1 ? singular : plural) + " (" + String.join(", ", shown) + more + ")";
    }
}
