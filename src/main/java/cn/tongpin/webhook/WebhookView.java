package cn.tongpin.webhook;

import cn.tongpin.web.Ref;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as the management API answers it; the secret only in the answer that made it. */
@Schema(name = "Webhook")
public record WebhookView(
        UUID id,
        String url,
        @Schema(nullable = true) String description,
        List<String> eventTypes,
        List<Ref> topics,
        List<Ref> organizations,
        boolean includeRepresentation,
        boolean enabled,
        @Schema(nullable = true, description = "Why it was disabled: by a caller, a 410 Gone, or a day of failures") String disabledReason,
        @Schema(nullable = true) OffsetDateTime disabledAt,
        @Schema(nullable = true, description = "Since when every delivery failed; null while deliveries succeed") OffsetDateTime failingSince,
        @Schema(nullable = true, description = "After a rotation: until when the previous secret also signs") OffsetDateTime previousSecretExpiresAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret: shown once, when made or rotated, and never again",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

    static WebhookView of(WebhookSubscription s, List<Ref> topics, List<Ref> organizations, String secret) {
        OffsetDateTime previousUntil = s.previousSecretExpiresAt != null && s.previousSecretExpiresAt.isAfter(OffsetDateTime.now())
                ? s.previousSecretExpiresAt : null;
        return new WebhookView(s.id, s.url, s.description, List.of(s.eventTypes), topics, organizations, s.includeRepresentation,
                s.enabled, s.disabledReason, s.disabledAt, s.failingSince, previousUntil, s.createdAt, s.updatedAt, s.version, secret);
    }
}
