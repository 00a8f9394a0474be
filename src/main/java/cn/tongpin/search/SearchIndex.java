package cn.tongpin.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Writes an item's search tokens into its table's {@code search_vector}, in the caller's
 * transaction, so a search after the write commits finds it.
 */
@ApplicationScoped
public class SearchIndex {

    @Inject
    EntityManager em;

    /**
     * @param table a table with {@code id} and {@code search_vector} (never user input)
     * @param title the text that weighs most
     * @param body every other searchable text
     */
    public void store(String table, UUID id, String title, String... body) {
        em.createNativeQuery("update " + table + " set search_vector = " + SearchIndexText.VECTOR
                + ", search_title = " + SearchIndexText.TITLE + " where id = :id")
                .setParameter("title", SearchTokenizer.indexText(title))
                .setParameter("body", SearchIndexText.tokens(body))
                .setParameter("id", id)
                .executeUpdate();
    }
}
