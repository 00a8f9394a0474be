package cn.tongpin.search;

import cn.tongpin.web.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's search, parsed into PostgreSQL {@code tsquery} text. Every run of Han characters must
 * appear as a whole (all its bigrams, AND), every Latin word or number too; ranking also rewards
 * HanLP words, so a document holding the query as a dictionary word ranks above scattered bigrams.
 *
 * @param match the condition, e.g. {@code '高新' & '新区' & '2021'}
 * @param rank the ranking query: every token OR-ed
 * @param terms what to highlight: each run of Han characters and each Latin word, normalised
 */
public record SearchQuery(String text, String match, String rank, List<String> terms) {

    public static final int MAX_LENGTH = 100;
    public static final int MAX_TOKENS = 32;

    /** Parses {@code q}; an empty, too short, too long or token-less query is a 400 naming the parameter. */
    public static SearchQuery parse(String q, String parameter) {
        if (q == null || q.isBlank()) {
            throw ProblemException.badParameter(parameter, "must not be empty");
        }
        if (q.codePointCount(0, q.length()) > MAX_LENGTH) {
            throw ProblemException.badParameter(parameter, "must be at most " + MAX_LENGTH + " characters");
        }
        String normal = ChineseText.normalize(q);
        Set<String> required = new LinkedHashSet<>();
        Set<String> ranking = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>();
        for (SearchTokenizer.Run run : SearchTokenizer.runs(normal)) {
            terms.add(run.text());
            if (!run.han()) {
                required.add(run.text());
            } else {
                List<String> bigrams = SearchTokenizer.bigrams(run.text());
                required.addAll(bigrams);
                ranking.addAll(SearchTokenizer.words(run.text()));
            }
        }
        if (required.isEmpty()) {
            throw ProblemException.badParameter(parameter,
                    "needs at least two Chinese characters in a row, or a Latin word or number");
        }
        if (required.size() > MAX_TOKENS) {
            throw ProblemException.badParameter(parameter, "has too many terms; shorten it");
        }
        ranking.addAll(required);
        return new SearchQuery(q, join(required, " & "), join(ranking, " | "), List.copyOf(terms));
    }

    private static String join(Set<String> lexemes, String operator) {
        List<String> quoted = new ArrayList<>();
        for (String lexeme : lexemes) {
            quoted.add("'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'");
        }
        return String.join(operator, quoted);
    }
}
