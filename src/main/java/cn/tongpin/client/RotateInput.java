package cn.tongpin.client;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How to rotate a key: the new one gets the same kind and organizations. */
@Schema(name = "RotateInput")
public record RotateInput(
        @Schema(description = "When the old key stops working; it stays valid until revoked when absent",
                example = "2026-12-01T00:00:00Z") OffsetDateTime oldKeyExpiresAt,
        @Schema(description = "Name of the new key; the old key's name when absent") @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
        @Schema(description = "When the new key stops working; never when absent") OffsetDateTime expiresAt) {
}
