package cn.tongpin.search;

import cn.tongpin.persistence.BaseEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps copied text searchable: when a write changes text that other rows copy into their search
 * text (an organization's name, a meeting's title), those rows are indexed again in the same
 * transaction, so the new text finds them and the old one no longer does.
 */
@ApplicationScoped
public class SearchDependents {

    @Inject
    Instance<SearchSource<?>> sources;

    @Inject
    EntityManager em;

    /** An item's text as other rows copy it, taken before a write changes it: per source, per copy. */
    public static final class Before {

        private final Map<String, List<String>> texts = new HashMap<>();

        private Before() {
        }
    }

    /** Remembers what of the item other rows copy; call before the write changes the item. */
    public Before before(BaseEntity item) {
        Before before = new Before();
        for (SearchSource<?> source : sources) {
            List<String> texts = new ArrayList<>();
            for (CopiedText<?> copy : source.copies()) {
                texts.add(copy.appliesTo(item) ? copy.textOf(item) : null);
            }
            before.texts.put(source.table(), texts);
        }
        return before;
    }

    /** Indexes again every row that copies text of the item the write changed; call after the write is flushed. */
    public void after(BaseEntity item, Before before) {
        for (SearchSource<?> source : sources) {
            List<CopiedText<?>> copies = source.copies();
            List<String> texts = before.texts.get(source.table());
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < copies.size(); i++) {
                CopiedText<?> copy = copies.get(i);
                if (copy.appliesTo(item) && copy.changed(item, texts.get(i))) {
                    changed.add(copy.dependents());
                }
            }
            if (!changed.isEmpty()) {
                source.index(dependents(changed, item.id));
            }
        }
    }

    /** The rows of one source that copy any of the changed texts, found in one query. */
    @SuppressWarnings("unchecked")
    private Set<UUID> dependents(List<String> queries, UUID id) {
        return new LinkedHashSet<>(em.createNativeQuery(String.join(" union ", queries), UUID.class)
                .setParameter("id", id).getResultList());
    }
}
