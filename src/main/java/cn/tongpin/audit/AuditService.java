package cn.tongpin.audit;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Sortable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads the audit trail; entries are only ever written by {@link AuditRecorder} and {@link RefusedWrites}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditService {

    static final ListQuery<AuditEntry> LIST = ListQuery.of(AuditEntry.class, e -> e.id, List.of(
            Sortable.of("occurredAt", "e.occurredAt", Sortable.Type.TIMESTAMP, e -> e.occurredAt)));

    @Inject
    EntityManager em;

    /** The typed filters of the audit list; null means not filtered. */
    public record Criteria(UUID client, UUID key, String action, String targetType, String targetId,
            OffsetDateTime since, OffsetDateTime until) {
    }

    public ListResponse<AuditView> list(ListParams params, Criteria c) {
        Filter filter = new Filter();
        if (c.client() != null) {
            filter.where("e.clientId = :client", "client", c.client());
        }
        if (c.key() != null) {
            filter.where("e.keyId = :key", "key", c.key());
        }
        if (c.action() != null) {
            filter.where("e.action = :action", "action", c.action());
        }
        if (c.targetType() != null) {
            filter.where("e.targetType = :targetType", "targetType", c.targetType());
        }
        if (c.targetId() != null) {
            filter.where("e.targetId = :targetId", "targetId", c.targetId());
        }
        if (c.since() != null) {
            filter.where("e.occurredAt >= :since", "since", c.since());
        }
        if (c.until() != null) {
            filter.where("e.occurredAt < :until", "until", c.until());
        }
        return LIST.run(em, params, filter).map(AuditView::of);
    }
}
