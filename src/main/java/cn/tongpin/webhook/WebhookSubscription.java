package cn.tongpin.webhook;

import cn.tongpin.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Where to send which changes; the secrets are stored encrypted ({@link SecretBox}). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedEntity {

    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public String[] eventTypes;

    /** Only changes of content in one of these topics; any when empty. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public UUID[] topicIds = new UUID[0];

    /** Only changes of content of one of these organizations; any when empty. Editors' subscriptions always have some. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "uuid[]")
    public UUID[] organizationIds = new UUID[0];

    public boolean includeRepresentation;

    public boolean enabled = true;

    public String disabledReason;

    public OffsetDateTime disabledAt;

    /** Since when every delivery failed (null after a success); a day of it disables the subscription. */
    public OffsetDateTime failingSince;

    public String secretCipher;

    public String previousSecretCipher;

    public OffsetDateTime previousSecretExpiresAt;

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
}
