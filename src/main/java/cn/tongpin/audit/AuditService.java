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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        // Each criterion narrows the list only when it was given.
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("e.clientId = :client", c.client());
        given.put("e.keyId = :key", c.key());
        given.put("e.action = :action", c.action());
        given.put("e.targetType = :targetType", c.targetType());
        given.put("e.targetId = :targetId", c.targetId());
        given.put("e.occurredAt >= :since", c.since());
        given.put("e.occurredAt < :until", c.until());
        given.forEach((condition, value) -> {
            if (value != null) {
                filter.where(condition, condition.substring(condition.indexOf(':') + 1), value);
            }
        });
        return LIST.run(em, params, filter).map(AuditView::of);
    }
}
