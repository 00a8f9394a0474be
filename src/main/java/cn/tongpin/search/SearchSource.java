package cn.tongpin.search;

import cn.tongpin.persistence.BaseEntity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * A table whose rows are searchable. Each feature declares only what of its items is searchable,
 * as the arguments of its constructor: the title (weighs most), the rest, and which of that text it
 * copies from other types; finding the rows and storing the tokens is done here.
 */
public abstract class SearchSource<E extends BaseEntity> {

    /** Rows indexed per statement; the relations of a batch load in one query each (the fetch batch size). */
    static final int BATCH = 100;

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    private final String table;
    private final Class<E> entityType;
    private final Function<E, String> title;
    private final Function<E, List<String>> body;
    private final List<CopiedText<?>> copies;

    /**
     * @param table the table with {@code id} and {@code search_vector} (never user input)
     * @param title the text that weighs most
     * @param body every other searchable text; nulls are skipped
     * @param copies what of that text is copied from other types
     */
    protected SearchSource(String table, Class<E> entityType, Function<E, String> title, Function<E, List<String>> body,
            CopiedText<?>... copies) {
        this.table = table;
        this.entityType = entityType;
        this.title = title;
        this.body = body;
        this.copies = List.of(copies);
    }

    public String table() {
        return table;
    }

    /** Writes the search tokens of one row, in the caller's transaction. */
    public void index(E item) {
        index.store(table, List.of(row(item)));
    }

    /**
     * Writes the search tokens of any number of rows, in the caller's transaction, a batch at a
     * time. Rows this loads are let go after their batch, so that thousands fit in memory; rows the
     * caller had already loaded stay as they were.
     */
    public void index(Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<UUID> batch = all.subList(from, Math.min(from + BATCH, all.size()));
            List<UUID> loadedBefore = batch.stream().filter(this::loaded).toList();
            List<E> items = em.createQuery("select e from " + entityType.getSimpleName() + " e where e.id in :ids", entityType)
                    .setParameter("ids", batch).getResultList();
            index.store(table, items.stream().map(this::row).toList());
            items.stream().filter(item -> !loadedBefore.contains(item.id)).forEach(em::detach);
        }
    }

    /** What this source copies from other types into its rows' search text. */
    List<CopiedText<?>> copies() {
        return copies;
    }

    private SearchIndex.Row row(E item) {
        return new SearchIndex.Row(item.id, title.apply(item), new ArrayList<>(body.apply(item)));
    }

    /** Whether the caller's persistence context already holds this row. */
    private boolean loaded(UUID id) {
        SessionImplementor session = em.unwrap(SessionImplementor.class);
        EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(entityType);
        return session.getPersistenceContextInternal().containsEntity(session.generateEntityKey(id, persister));
    }
}
