package cn.tongpin.sync;

import cn.tongpin.change.ContentType;
import cn.tongpin.delivery.read.DeliveredItems;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delta sync. A watermark is the oldest transaction still running when it is taken
 * ({@code pg_snapshot_xmin}): every transaction below it has ended, so the changes logged below it
 * are final, whatever order the transactions committed in. The first sync pages through everything
 * published, then hands out the watermark taken before it began; each later sync reads the changes
 * of the window [previous watermark, new watermark), one entry per item, and answers what the
 * delivery API shows of each now: the item, or a tombstone when it shows nothing. A change that
 * commits while a sync runs is above that sync's new watermark, so the next sync has it.
 */
@ApplicationScoped
public class SyncService {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 200;

    /** Per type, in the order the first sync hands them out: the items the delivery API shows. */
    private static final Map<ContentType, String> PUBLISHED = Map.of(
            ContentType.ARTICLE, "select id from article where status = 'published'",
            ContentType.MEETING, "select id from meeting where status = 'published'",
            ContentType.ORGANIZATION, "select id from organization where true",
            ContentType.PARTICIPANT, "select id from participant where true",
            ContentType.TOPIC, "select id from topic where true");

    @Inject
    EntityManager em;

    @Inject
    SyncTokens tokens;

    @Inject
    DeliveredItems delivered;

    public SyncAnswer sync(String syncToken, String pageToken, int limit) {
        if (pageToken != null) {
            SyncToken token = tokens.decode(pageToken, "pageToken", false);
            return token.phase() == SyncToken.Phase.INITIAL ? initial(token, limit) : delta(token, limit);
        }
        if (syncToken != null) {
            SyncToken token = tokens.decode(syncToken, "syncToken", true);
            long to = Math.max(token.from(), watermark());
            return delta(token.window(to, to == token.from() ? token.fromAt() : now()), limit);
        }
        // Taken before the first page is read: whatever commits while the client pages is in the first delta.
        return initial(SyncToken.initial(watermark(), now()), limit);
    }

    private SyncAnswer initial(SyncToken token, int limit) {
        List<SyncAnswer.Item> items = new ArrayList<>();
        ContentType lastType = token.type();
        UUID lastId = token.id();
        boolean more = false;
        for (ContentType type : ContentType.values()) {
            if (lastType != null && type.ordinal() < lastType.ordinal()) {
                continue;
            }
            List<UUID> ids = ids(type, type == lastType ? lastId : null, limit - items.size() + 1);
            more = items.size() + ids.size() > limit;
            if (more) {
                ids = ids.subList(0, limit - items.size());
            }
            // Left out when deleted or unpublished since the id was read: the first delta has its change.
            Map<UUID, JsonNode> found = delivered.find(type, ids);
            for (UUID id : ids) {
                if (found.containsKey(id)) {
                    items.add(item(type, id, found.get(id)));
                }
            }
            if (!ids.isEmpty()) {
                lastType = type;
                lastId = ids.get(ids.size() - 1);
            }
            if (more) {
                break;
            }
        }
        if (more) {
            return new SyncAnswer(items, List.of(), tokens.encode(token.after(lastType, lastId)), null);
        }
        return new SyncAnswer(items, List.of(), null, tokens.encode(SyncToken.next(token.from(), token.fromAt())));
    }

    private SyncAnswer delta(SyncToken token, int limit) {
        List<Object[]> changed = changed(token, limit + 1);
        boolean more = changed.size() > limit;
        List<SyncAnswer.Item> items = new ArrayList<>();
        List<SyncAnswer.Tombstone> deleted = new ArrayList<>();
        ContentType lastType = token.type();
        UUID lastId = token.id();
        List<Object[]> page = changed.subList(0, Math.min(limit, changed.size()));
        Map<ContentType, Map<UUID, JsonNode>> found = new EnumMap<>(ContentType.class);
        for (ContentType type : ContentType.values()) {
            found.put(type, delivered.find(type, page.stream().filter(row -> type.wireName().equals(row[0]))
                    .map(row -> (UUID) row[1]).toList()));
        }
        for (Object[] row : page) {
            ContentType type = ContentType.fromWireName((String) row[0]);
            UUID id = (UUID) row[1];
            lastType = type;
            lastId = id;
            JsonNode data = found.get(type).get(id);
            if (data != null) {
                items.add(item(type, id, data));
            } else if ((Boolean) row[3]) {
                deleted.add(new SyncAnswer.Tombstone(type, id, changedAt(row[2])));
            }
        }
        if (more) {
            return new SyncAnswer(items, deleted, tokens.encode(token.after(lastType, lastId)), null);
        }
        // The window's end is the next window's start.
        return new SyncAnswer(items, deleted, null, tokens.encode(SyncToken.next(token.to(), token.toAt())));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(ContentType type, UUID after, int limit) {
        return em.createNativeQuery(PUBLISHED.get(type) + " and (cast(?1 as uuid) is null or id > cast(?1 as uuid)) order by id",
                UUID.class).setParameter(1, after == null ? null : after.toString()).setMaxResults(limit).getResultList();
    }

    /**
     * The items changed in the window after the token's position, one row each: type, id, latest
     * change time, and whether the client may have it (it was delivered at some point of the window,
     * or was taken down or deleted in it): a draft that came and went is no news to the client.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> changed(SyncToken token, int limit) {
        return em.createNativeQuery("select type, item_id, max(changed_at), bool_or(visible or kind in ('unpublished', 'deleted'))"
                + " from content_change"
                + " where txid >= cast(cast(?1 as text) as xid8) and txid < cast(cast(?2 as text) as xid8)"
                + " and (type, item_id) > (?3, cast(?4 as uuid)) group by type, item_id order by type, item_id")
                .setParameter(1, Long.toString(token.from())).setParameter(2, Long.toString(token.to()))
                .setParameter(3, token.type() == null ? "" : token.type().wireName())
                .setParameter(4, (token.id() == null ? new UUID(0, 0) : token.id()).toString())
                .setMaxResults(limit).getResultList();
    }

    private long watermark() {
        Object xmin = em.createNativeQuery("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)").getSingleResult();
        return Long.parseLong((String) xmin);
    }

    private static SyncAnswer.Item item(ContentType type, UUID id, JsonNode data) {
        return new SyncAnswer.Item(type, id, data.path("slug").asText(), data.path("version").asLong(), data);
    }

    private static OffsetDateTime changedAt(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected change time " + value);
    }
}
