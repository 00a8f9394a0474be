package cn.tongpin.webhook;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a secret is rotated. */
@Schema(name = "WebhookSecretRotation")
public record RotateSecretInput(
        @Schema(description = "Until when the old secret also signs deliveries (both signatures are sent); by default a day."
                + " Now or in the past ends it at once", example = "2027-01-02T00:00:00+08:00")
        OffsetDateTime oldSecretExpiresAt) {
}
