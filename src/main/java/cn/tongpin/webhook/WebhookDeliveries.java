package cn.tongpin.webhook;

import cn.tongpin.listing.CreationOrder;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.persistence.VersionedEntity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The delivery log of a subscription, test events, and redelivery of what was given up (or delivered). */
@ApplicationScoped
@Transactional
public class WebhookDeliveries {

    static final ListQuery<WebhookDelivery> LIST = CreationOrder.of(WebhookDelivery.class, d -> d.id, d -> d.createdAt);

    @Inject
    EntityManager em;

    @Inject
    WebhookService subscriptions;

    @Inject
    ObjectMapper json;

    public ListResponse<DeliveryView> list(String subscription, ListParams params, DeliveryStatus status) {
        WebhookSubscription s = subscriptions.find(subscription);
        Filter filter = new Filter().where("e.subscriptionId = :subscription", "subscription", s.id);
        if (status != null) {
            filter.where("e.status = :status", "status", status.name());
        }
        return LIST.run(em, params, filter).map(d -> view(d, null));
    }

    public DeliveryView get(String subscription, String delivery) {
        WebhookDelivery d = find(subscription, delivery);
        List<WebhookAttempt> made = WebhookAttempt.list("deliveryId", Sort.by("attemptedAt").and("id"), d.id);
        List<DeliveryView.AttemptView> attempts = made.stream()
                .map(a -> new DeliveryView.AttemptView(a.attemptedAt, a.durationMs, a.statusCode, a.error, a.responseExcerpt))
                .toList();
        return view(d, attempts);
    }

    /** A {@code webhook.test} event for this subscription, sent like any other (enabled or not). */
    public DeliveryView test(String subscription) {
        WebhookSubscription s = subscriptions.find(subscription);
        WebhookDelivery d = new WebhookDelivery();
        d.id = UUID.randomUUID();
        d.subscriptionId = s.id;
        d.eventType = EventTypes.TEST;
        d.payload = "{\"type\":\"" + EventTypes.TEST + "\",\"timestamp\":\"" + WebhookOutbox.timestamp()
                + "\",\"data\":{\"subscriptionId\":\"" + s.id + "\"}}";
        d.status = DeliveryStatus.pending.name();
        d.nextAttemptAt = VersionedEntity.now();
        d.createdAt = d.nextAttemptAt;
        d.persistAndFlush();
        return view(d, null);
    }

    /** Sends one delivery again, from a fresh schedule, with the same webhook-id. */
    public DeliveryView redeliver(String subscription, String delivery) {
        WebhookDelivery d = find(subscription, delivery);
        if (!DeliveryStatus.pending.name().equals(d.status)) {
            d.status = DeliveryStatus.pending.name();
            d.attempts = 0;
            d.nextAttemptAt = VersionedEntity.now();
            d.leaseUntil = null;
            em.flush();
        }
        return view(d, null);
    }

    /** Sends every dead delivery of the subscription again (those written since a time, when given); how many. */
    public int redeliverDead(String subscription, OffsetDateTime since) {
        WebhookSubscription s = subscriptions.find(subscription);
        return em.createNativeQuery("update webhook_delivery set status = 'pending', attempts = 0, next_attempt_at = now(),"
                + " lease_until = null where subscription_id = :subscription and status = 'dead'"
                + " and created_at >= cast(:since as timestamptz)")
                .setParameter("subscription", s.id)
                .setParameter("since", since == null ? OffsetDateTime.parse("0001-01-01T00:00:00Z") : since)
                .executeUpdate();
    }

    private WebhookDelivery find(String subscription, String delivery) {
        WebhookSubscription s = subscriptions.find(subscription);
        UUID id = WebhookService.uuid(delivery);
        WebhookDelivery d = id == null ? null : WebhookDelivery.<WebhookDelivery>findById(id);
        if (d == null || !d.subscriptionId.equals(s.id)) {
            throw cn.tongpin.web.ProblemException.notFound("delivery", delivery);
        }
        return d;
    }

    private DeliveryView view(WebhookDelivery d, List<DeliveryView.AttemptView> attempts) {
        JsonNode payload;
        try {
            payload = json.readTree(d.payload);
        } catch (JsonProcessingException e) {
            payload = null;
        }
        return new DeliveryView(d.id, d.subscriptionId, d.eventType, d.status, d.attempts,
                DeliveryStatus.pending.name().equals(d.status) ? d.nextAttemptAt : null, d.createdAt, d.deliveredAt, d.lastStatus,
                d.lastError, payload, attempts);
    }
}
