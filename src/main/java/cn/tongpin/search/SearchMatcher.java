package cn.tongpin.search;

import cn.tongpin.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Finds the rows matching a query in one or more searchable tables, best first: rows whose title
 * holds a query term above the rest, newer above older within each, at most {@code most} per table.
 * <p>
 * The large {@code search_vector} of a row is never read: the match comes from its GIN index (a
 * plain AND of lexemes needs no recheck), and "title holds a term" from the GIN index on the small
 * {@code search_title}. Reading the vectors row by row took 0.1 s for a query matching 9,000
 * articles; through the indexes it takes a few milliseconds. The planner cannot tell the two apart
 * (it does not cost detoasting), so the statement runs with sequential scans discouraged, for
 * this transaction only.
 */
@ApplicationScoped
public class SearchMatcher {

    /**
     * A searchable table (with {@code id}, {@code search_vector}, {@code search_title}), which of its
     * rows count, and what to read along with each of the best matches.
     *
     * @param date the column that orders equal ranks, newest first, or null
     * @param carried columns of the table that {@code related} reads, e.g. {@code ", source_id"}, or ""
     * @param related SQL expressions over the match {@code m} ({@code m.id} and the carried
     *     columns) giving ids as a {@code uuid[]} (nulls and repeats are dropped), e.g. the topics of each match; evaluated for the
     *     best {@code most} matches only. Scopes searched together give the same number of them.
     */
    public record Scope(String name, String table, String condition, String date, String carried, List<String> related) {

        public Scope(String name, String table, String condition, String date) {
            this(name, table, condition, date, "", List.of());
        }
    }

    /** A matching row: where it is, its date (or null), whether its title holds a query term, and the related ids. */
    public record Match(String scope, UUID id, OffsetDateTime at, boolean inTitle, List<List<UUID>> related) {
    }

    static final Comparator<Match> BEST_FIRST = Comparator.comparing(Match::inTitle).reversed()
            .thenComparing(Match::at, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Match::id);

    @Inject
    EntityManager em;

    /**
     * @param scopes tables and their conditions (never user input)
     * @param most the most rows per scope, the best ones
     */
    @Transactional
    public List<Match> find(List<Scope> scopes, SearchQuery query, int most) {
        Object[] seqscan = (Object[]) em.createNativeQuery(
                "select current_setting('enable_seqscan'), set_config('enable_seqscan', 'off', true)").getSingleResult();
        List<Match> matches = matches(scopes, query, most);
        // A caller's own transaction goes on as it was (after a failure it is rolled back anyway).
        em.createNativeQuery("select set_config('enable_seqscan', :previous, true)")
                .setParameter("previous", seqscan[0]).getSingleResult();
        return matches;
    }

    private List<Match> matches(List<Scope> scopes, SearchQuery query, int most) {
        List<String> selects = new ArrayList<>();
        for (Scope scope : scopes) {
            String date = scope.date() == null ? "cast(null as timestamptz)" : scope.date();
            StringBuilder related = new StringBuilder();
            scope.related().forEach(r -> related.append(", cast(").append(r).append(" as text)"));
            selects.add("(select '" + scope.name() + "', m.id, m.at, m.in_title" + related + " from (select id, " + date + " as at"
                    + scope.carried() + ", id in (select t.id from " + scope.table() + " t where t.search_title @@ cast(:rank as tsquery))"
                    + " as in_title from " + scope.table() + " where " + scope.condition() + " and search_vector @@ cast(:match as tsquery)"
                    + " order by in_title desc, at desc nulls last, id limit " + most + ") m)");
        }
        List<Object[]> rows = Rows.query(em, String.join(" union all ", selects),
                Map.of("match", query.match(), "rank", query.rank()));
        List<Match> matches = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            List<List<UUID>> related = new ArrayList<>(r.length - 4);
            for (int i = 4; i < r.length; i++) {
                related.add(ids(Rows.text(r[i])));
            }
            matches.add(new Match(Rows.text(r[0]), Rows.uuid(r[1]), Rows.time(r[2]), Boolean.TRUE.equals(r[3]), related));
        }
        matches.sort(BEST_FIRST);
        return matches;
    }

    /** The distinct ids of a {@code uuid[]} in its text form, {@code {id,id,NULL}}; none for null. */
    static List<UUID> ids(String array) {
        if (array == null || array.length() <= 2) {
            return List.of();
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : array.substring(1, array.length() - 1).split(",")) {
            if (!id.equals("NULL")) {
                ids.add(UUID.fromString(id));
            }
        }
        return List.copyOf(ids);
    }
}
