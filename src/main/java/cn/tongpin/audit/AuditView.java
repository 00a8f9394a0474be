package cn.tongpin.audit;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as admins read it. */
@Schema(name = "AuditEntry")
public record AuditView(
        UUID id,
        OffsetDateTime occurredAt,
        @Schema(nullable = true) UUID clientId,
        @Schema(nullable = true) UUID keyId,
        @Schema(description = "create, replace, update, delete, revoke, rotate, publish, unpublish, schedule, restore, archive or other", example = "create") String action,
        @Schema(example = "POST") String method,
        @Schema(example = "/admin/v1/organizations") String path,
        @Schema(example = "organizations") String targetType,
        @Schema(nullable = true, example = "0b6d3c1e-2a4f-4f7e-9d1c-5e6f7a8b9c0d") String targetId,
        @Schema(example = "201") int status,
        @Schema(nullable = true) String requestId) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id, e.occurredAt, e.clientId, e.keyId, e.action, e.method, e.path, e.targetType, e.targetId,
                e.status, e.requestId);
    }
}
