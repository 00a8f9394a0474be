package cn.tongpin.search;

/**
 * SQL that stores search tokens: title tokens weigh {@code A}, the rest {@code B}, so a match in
 * the title ranks above one in the body. Columns: {@code s.title}, {@code s.body} (token text).
 */
public final class SearchIndexText {

    public static final String VECTOR = "setweight(to_tsvector('simple', s.title), 'A')"
            + " || setweight(to_tsvector('simple', s.body), 'B')";
    /** The title tokens alone, which ranking reads. */
    public static final String TITLE = "to_tsvector('simple', s.title)";

    private SearchIndexText() {
    }

    /** The body tokens of several texts (summary, body, names…), nulls skipped. */
    public static String tokens(String... texts) {
        StringBuilder all = new StringBuilder();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                if (all.length() > 0) {
                    all.append(' ');
                }
                all.append(SearchTokenizer.indexText(text));
            }
        }
        return all.toString();
    }
}
