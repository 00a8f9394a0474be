package cn.tongpin.audit;

import cn.tongpin.security.ApiIdentity;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.RequestIds;
import cn.tongpin.web.Texts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every successful write of the management API, whatever resource served it, so that
 * endpoints added later are audited without doing anything.
 */
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    SecurityIdentity identity;

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        int status = response.getStatus();
        if (!WRITES.contains(request.getMethod()) || status < 200 || status >= 300
                || !(path.equals(AdminApi.ROOT) || path.startsWith(AdminApi.ROOT + "/"))
                || response.getHeaders().containsKey(REPLAYED)) {
            // A replayed Idempotency-Key answer changed nothing: the first request was recorded.
            return;
        }
        URI location = response.getLocation();
        AuditTarget target = AuditTarget.of(request.getMethod(), path, AdminApi.ROOT, location == null ? null : location.getPath());
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entry.clientId = ApiIdentity.clientId(identity);
        entry.keyId = ApiIdentity.keyId(identity);
        entry.action = target.action();
        entry.method = request.getMethod();
        entry.path = Texts.abbreviate(path, 500);
        entry.targetType = Texts.abbreviate(target.type(), 50);
        entry.targetId = target.id() == null ? null : Texts.abbreviate(target.id(), 100);
        entry.status = status;
        entry.requestId = RequestIds.current();
        try {
            QuarkusTransaction.requiringNew().run(entry::persist);
        } catch (RuntimeException e) {
            // The write itself has committed; losing its audit entry is logged loudly, never hidden.
            LOG.errorf("Audit entry not recorded for %s %s (%s %s): %s", entry.method, entry.path, entry.targetType,
                    entry.targetId, e.getMessage());
        }
    }
}
