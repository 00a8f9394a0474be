package cn.tongpin.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Writes items' search tokens into their table's {@code search_vector}, in the caller's
 * transaction, so a search after the write commits finds them.
 */
@ApplicationScoped
public class SearchIndex {

    @Inject
    EntityManager em;

    /** The searchable text of one row: the title weighs most, the body is every other searchable text. */
    public record Row(UUID id, String title, List<String> body) {
    }

    /**
     * Stores the tokens of several rows of one table in one statement.
     *
     * @param table a table with {@code id} and {@code search_vector} (never user input)
     */
    public void store(String table, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[rows.size()];
        String[] titles = new String[rows.size()];
        String[] bodies = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            ids[i] = row.id();
            titles[i] = SearchTokenizer.indexText(row.title());
            bodies[i] = SearchIndexText.tokens(row.body().toArray(String[]::new));
        }
        em.createNativeQuery("update " + table + " t set search_vector = " + SearchIndexText.VECTOR
                + ", search_title = " + SearchIndexText.TITLE
                + " from unnest(cast(:ids as uuid[]), cast(:titles as text[]), cast(:bodies as text[])) as s(id, title, body)"
                + " where t.id = s.id")
                .setParameter("ids", ids)
                .setParameter("titles", titles)
                .setParameter("bodies", bodies)
                .executeUpdate();
    }
}
