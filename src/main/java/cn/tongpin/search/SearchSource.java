package cn.tongpin.search;

import cn.tongpin.persistence.BaseEntity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * A table whose rows are searchable. Each feature says only what of its items is searchable: the
 * title (weighs most) and the rest; finding the row and storing the tokens is done here.
 */
public abstract class SearchSource<E extends BaseEntity> {

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    private final String table;
    private final Class<E> entityType;

    /** @param table the table with {@code id} and {@code search_vector} (never user input) */
    protected SearchSource(String table, Class<E> entityType) {
        this.table = table;
        this.entityType = entityType;
    }

    public String table() {
        return table;
    }

    /** Writes the search tokens of one row, in the caller's transaction. */
    public void index(UUID id) {
        E item = em.find(entityType, id);
        if (item != null) {
            index(item);
        }
    }

    public void index(E item) {
        index.store(table, item.id, title(item), body(item).toArray(String[]::new));
    }

    protected abstract String title(E item);

    /** Every other searchable text; nulls are skipped. */
    protected abstract List<String> body(E item);
}
