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

    public UUID subscriptionId;

    public String eventType;

    public String resourceType;

    public UUID resourceId;

    @Column(columnDefinition = "text")
    public String payload;

    public String status;

    public int attempts;

    public OffsetDateTime nextAttemptAt;

    public OffsetDateTime leaseUntil;

    public UUID leasedBy;

    public OffsetDateTime createdAt;

    public OffsetDateTime deliveredAt;

    public Integer lastStatus;

    public String lastError;
}
