package cn.tongpin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A short passage of a text around the first match of a query, as HTML: the text escaped, every
 * match inside {@code <mark>}. A run of Chinese characters that does not occur as a whole (it
 * matched through its bigrams) is highlighted bigram by bigram.
 */
public final class Highlighter {

    public static final int LENGTH = 120;
    private static final int BEFORE = 30;

    private Highlighter() {
    }

    /** The passage around the first match, or null when the text has none. */
    public static String snippet(String text, SearchQuery query) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        String lower = flat.toLowerCase(Locale.ROOT);
        List<String> terms = terms(lower, query.terms());
        int first = -1;
        for (String term : terms) {
            int at = lower.indexOf(term);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        if (first < 0) {
            return null;
        }
        int start = first <= BEFORE ? 0 : first - BEFORE;
        int end = Math.min(flat.length(), start + LENGTH);
        StringBuilder html = new StringBuilder(start > 0 ? "…" : "");
        int i = start;
        while (i < end) {
            String match = matchAt(lower, i, end, terms);
            if (match != null) {
                html.append("<mark>").append(escape(flat.substring(i, i + match.length()))).append("</mark>");
                i += match.length();
            } else {
                html.append(escape(flat.substring(i, i + 1)));
                i++;
            }
        }
        return html.append(end < flat.length() ? "…" : "").toString();
    }

    /** The beginning of a text, escaped, for a hit whose match is elsewhere (e.g. in a name). */
    public static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return escape(flat.length() > LENGTH ? flat.substring(0, LENGTH) : flat) + (flat.length() > LENGTH ? "…" : "");
    }

    /** Whole terms where they occur; the bigrams of Chinese runs that do not. Longest first. */
    private static List<String> terms(String lower, List<String> queryTerms) {
        List<String> terms = new ArrayList<>();
        for (String term : queryTerms) {
            if (lower.contains(term) || !ChineseText.hasHan(term)) {
                terms.add(term);
            } else {
                terms.addAll(SearchTokenizer.bigrams(term));
            }
        }
        terms.sort((a, b) -> b.length() - a.length());
        return terms;
    }

    private static String matchAt(String lower, int at, int end, List<String> terms) {
        for (String term : terms) {
            if (!term.isEmpty() && at + term.length() <= end && lower.startsWith(term, at)) {
                return term;
            }
        }
        return null;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
