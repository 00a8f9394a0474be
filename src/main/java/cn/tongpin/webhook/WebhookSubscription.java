package cn.tongpin.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.type.SqlTypes;

/** Where to send which changes; the secrets are stored encrypted ({@link SecretBox}). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator
    public UUID id;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(length = 500)
    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public String[] eventTypes;

    /** Only changes of content in one of these topics; any when empty. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "topic_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] topicIds = new UUID[0];

    /** Only changes of content of one of these organizations; any when empty. Editors' subscriptions always have some. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "organization_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] organizationIds = new UUID[0];

    @Column(name = "include_representation", nullable = false)
    public boolean includeRepresentation;

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "disabled_reason", length = 500)
    public String disabledReason;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    /** Since when every delivery failed (null after a success); a day of it disables the subscription. */
    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "secret_cipher", nullable = false, length = 500)
    public String secretCipher;

    @Column(name = "previous_secret_cipher", length = 500)
    public String previousSecretCipher;

    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public Integer version;

    public Set<UUID> topics() {
        return Set.of(topicIds);
    }

    public Set<UUID> organizations() {
        return Set.of(organizationIds);
    }

    public boolean wants(String eventType) {
        return Arrays.asList(eventTypes).contains(eventType);
    }

    public void disable(String reason) {
        enabled = false;
        disabledReason = reason.length() > 500 ? reason.substring(0, 500) : reason;
        disabledAt = now();
    }

    @PrePersist
    void beforeInsert() {
        if (version == null) {
            version = 1;
        }
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
