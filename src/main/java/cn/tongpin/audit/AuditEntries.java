package cn.tongpin.audit;

import cn.tongpin.persistence.VersionedEntity;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.Texts;
import java.util.UUID;

/** Makes the audit entry of a write, answered or refused: who, what, on which target; never a body or secret. */
final class AuditEntries {

    private AuditEntries() {
    }

    /** @param path the request's path without its query string (which could hold a key) */
    static AuditEntry of(String method, String path, String location, int status, UUID client, UUID key, String requestId) {
        AuditTarget target = AuditTarget.of(method, path, AdminApi.ROOT, location);
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = VersionedEntity.now();
        entry.clientId = client;
        entry.keyId = key;
        entry.action = target.action();
        entry.method = method;
        entry.path = Texts.abbreviate(path, 500);
        entry.targetType = Texts.abbreviate(target.type(), 50);
        entry.targetId = target.id() == null ? null : Texts.abbreviate(target.id(), 100);
        entry.status = status;
        entry.requestId = requestId == null ? null : Texts.abbreviate(requestId, 100);
        return entry;
    }
}
