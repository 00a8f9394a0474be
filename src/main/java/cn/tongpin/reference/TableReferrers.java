package cn.tongpin.reference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** {@link Referrers} of one kind of content, found by a query on the referring feature's own tables. */
public abstract class TableReferrers implements Referrers {

    @Inject
    EntityManager em;

    private final String singular;
    private final String plural;
    private final int order;

    /** @param singular what one referrer is called in a refusal, e.g. "meeting" */
    protected TableReferrers(String singular, String plural, int order) {
        this.singular = singular;
        this.plural = plural;
        this.order = order;
    }

    /**
     * The native query of the names of this feature's items that point at an item of the type, with the
     * item's id as {@code ?1}, in the order to show them; null when this feature cannot point at that type.
     */
    protected abstract String query(Referable type);

    @Override
    public List<Referrer> referrersOf(Referable type, UUID id) {
        String sql = query(type);
        return sql == null ? List.of() : List.of(Referrer.found(em, singular, plural, sql, id));
    }

    @Override
    public int order() {
        return order;
    }
}
