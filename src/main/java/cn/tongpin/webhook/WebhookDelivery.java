package cn.tongpin.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/**
 * One event for one subscription (the outbox row): written in the transaction of the change, sent
 * by a dispatcher until delivered or dead. Its id is the {@code webhook-id} of every attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String DEAD = "dead";

    @Id
    public UUID id;

    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_type", nullable = false, length = 60)
    public String eventType;

    @Column(name = "resource_type", length = 30)
    public String resourceType;

    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    @Column(name = "leased_by")
    public UUID leasedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = 500)
    public String lastError;
}
