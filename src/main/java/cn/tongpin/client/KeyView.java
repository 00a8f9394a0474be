package cn.tongpin.client;

import cn.tongpin.web.Ref;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key as the management API answers it; the secret only in the answer that issued it. */
@Schema(name = "Key")
public record KeyView(
        UUID id,
        UUID clientId,
        KeyKind kind,
        @Schema(nullable = true) String name,
        @Schema(description = "The key's first characters, to tell keys apart", example = "tp_live_Ab3dE9xQ…") String prefix,
        @Schema(description = "active, expired or revoked") String status,
        @Schema(description = "Editor keys: the organizations whose content the key may write") List<Ref> organizations,
        @Schema(nullable = true, description = "The key this one replaced by rotation") UUID rotatedFrom,
        OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime expiresAt,
        @Schema(nullable = true) OffsetDateTime revokedAt,
        @Schema(nullable = true) OffsetDateTime lastUsedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The key itself: shown once, in the answer that issued it, and never again",
                example = "tp_live_Ab3dE9xQ…") String secret) {

    static KeyView of(ApiKey k, List<Ref> organizations, String secret) {
        OffsetDateTime now = OffsetDateTime.now();
        String status = k.revokedAt != null ? "revoked" : k.activeAt(now) ? "active" : "expired";
        return new KeyView(k.id, k.client.id, k.kind, k.name, k.displayPrefix + "…", status, organizations, k.rotatedFrom,
                k.createdAt, k.expiresAt, k.revokedAt, k.lastUsedAt, secret);
    }
}
