package cn.tongpin.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of the log: an event for one subscription, and what became of it. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(description = "The webhook-id header of every attempt") UUID id,
        UUID subscriptionId,
        @Schema(example = "article.published") String eventType,
        @Schema(description = "pending, delivered or dead") String status,
        @Schema(description = "Attempts since it was written or last redelivered") int attempts,
        @Schema(nullable = true, description = "When it is tried next, while pending") OffsetDateTime nextAttemptAt,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime deliveredAt,
        @Schema(nullable = true, description = "The HTTP status of the last attempt") Integer lastStatus,
        @Schema(nullable = true) String lastError,
        @Schema(description = "The payload as written at the change (a representation is added when sent)", implementation = Message.class)
        JsonNode payload,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Every attempt, oldest first (in the answer for one delivery)") List<AttemptView> attemptLog) {

    /** One attempt: when, how long, and what the receiver answered. */
    @Schema(name = "WebhookAttempt")
    public record AttemptView(OffsetDateTime attemptedAt, int durationMs,
            @Schema(nullable = true, description = "The receiver's status; null when no answer came") Integer statusCode,
            @Schema(nullable = true, description = "Why it failed") String error,
            @Schema(nullable = true, description = "The first bytes of the receiver's answer") String responseExcerpt) {
    }

    /** What {@code payload} holds: the body of the message, as Standard Webhooks shape it. */
    @Schema(name = "WebhookMessage")
    public record Message(@Schema(example = "article.published") String type, OffsetDateTime timestamp,
            @Schema(description = "What changed: type, id, slug, version, visible, url (null when not delivered), topicIds and "
                    + "organizationIds; representation when the subscription asks for it") Map<String, Object> data) {
    }
}
