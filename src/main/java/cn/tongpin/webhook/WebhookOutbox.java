package cn.tongpin.webhook;

import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import cn.tongpin.channel.ChannelConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the deliveries of a change in the change's own transaction (the outbox): one row per
 * enabled subscription that wants the event and whose scope the change is in, by one statement. They
 * commit or roll back with the change, so no event is announced that did not happen and none that
 * happened is lost. After the commit the dispatcher is woken.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final String INSERT = "insert into webhook_delivery (id, subscription_id, event_type, resource_type, resource_id,"
            + " payload, status, attempts, next_attempt_at, created_at)"
            + " select gen_random_uuid(), s.id, :type, :resourceType, :resourceId, :payload, 'pending', 0, clock_timestamp(), clock_timestamp()"
            + " from webhook_subscription s where s.enabled and :type = any(s.event_types)"
            + " and (cardinality(s.topic_ids) = 0 or s.topic_ids && cast(:topics as uuid[]))"
            + " and (cardinality(s.organization_ids) = 0 or s.organization_ids && cast(:organizations as uuid[]))";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ChannelConfig channels;

    @Inject
    WebhookDispatcher dispatcher;

    void onChange(@Observes ContentChanged change) {
        String type = EventTypes.of(change);
        if (type == null) {
            return;
        }
        Set<UUID> topics = new LinkedHashSet<>(orEmpty(change.topicIds()));
        Set<UUID> organizations = new LinkedHashSet<>(orEmpty(change.organizationIds()));
        // A topic or an organization is in its own scope.
        if (change.type() == ContentType.TOPIC) {
            topics.add(change.id());
        } else if (change.type() == ContentType.ORGANIZATION) {
            organizations.add(change.id());
        }
        em.createNativeQuery(INSERT)
                .setParameter("type", type)
                .setParameter("resourceType", EventTypes.wire(change.type()))
                .setParameter("resourceId", change.id())
                .setParameter("payload", payload(type, change, topics, organizations))
                .setParameter("topics", array(topics))
                .setParameter("organizations", array(organizations))
                .executeUpdate();
    }

    /** After the change committed, on the thread that committed it: send now rather than at the next sweep. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        dispatcher.wake();
    }

    /** {type, timestamp, data}: what the change was, frozen at the change; the representation is added when sent. */
    String payload(String type, ContentChanged change, Set<UUID> topics, Set<UUID> organizations) {
        ObjectNode root = json.createObjectNode();
        root.put("type", type);
        root.put("timestamp", timestamp());
        ObjectNode data = root.putObject("data");
        data.put("type", EventTypes.wire(change.type()));
        data.put("id", change.id().toString());
        data.put("slug", change.slug());
        data.put("version", change.version());
        data.put("visible", change.visible());
        if (change.visible() && change.slug() != null) {
            data.put("url", channels.publicUrl() + "/content/v1/" + EventTypes.collection(change.type()) + "/" + change.slug());
        } else {
            data.putNull("url");
        }
        topics.stream().map(UUID::toString).sorted().forEach(data.putArray("topicIds")::add);
        organizations.stream().map(UUID::toString).sorted().forEach(data.putArray("organizationIds")::add);
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a webhook payload", e);
        }
    }

    static String timestamp() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** PostgreSQL's text form of a uuid[]: {a,b}. */
    static String array(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static <T> Collection<T> orEmpty(Collection<T> values) {
        return values == null ? Set.of() : values;
    }
}
