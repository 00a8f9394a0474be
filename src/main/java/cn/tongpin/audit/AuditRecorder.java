package cn.tongpin.audit;

import cn.tongpin.security.ApiIdentity;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.Problem;
import cn.tongpin.web.ProblemMappers;
import cn.tongpin.web.RequestIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every write of the management API runs in one transaction that also holds its audit entry, so a
 * write and its entry commit together or not at all, whatever resource served it (endpoints added
 * later are audited without doing anything). Services join this transaction; it commits here, after
 * the resource answered and before any other response filter (caches are dropped after the commit).
 * Refused writes are recorded by {@link RefusedWrites}.
 */
public class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class);
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String OPEN = "tongpin.audit.transaction";
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Inject
    SecurityIdentity identity;

    static boolean isWrite(String method, String path) {
        return WRITES.contains(method) && (path.equals(AdminApi.ROOT) || path.startsWith(AdminApi.ROOT + "/"));
    }

    @ServerRequestFilter(priority = Priorities.USER)
    public void begin(ContainerRequestContext request) {
        if (!isWrite(request.getMethod(), request.getUriInfo().getPath())) {
            return;
        }
        if (QuarkusTransaction.isActive()) {
            // Never expected: a transaction some earlier request left on this worker thread.
            LOG.error("A transaction was still open on this thread before a write; rolled back");
            QuarkusTransaction.rollback();
        }
        QuarkusTransaction.begin();
        request.setProperty(OPEN, Boolean.TRUE);
    }

    /** Runs first among response filters (they run in descending priority). */
    @ServerResponseFilter(priority = Priorities.USER + 1000)
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(OPEN) == null) {
            return;
        }
        request.removeProperty(OPEN);
        int status = response.getStatus();
        if (status < 200 || status >= 300) {
            rollback();
            return;
        }
        String path = request.getUriInfo().getPath();
        try {
            if (!response.getHeaders().containsKey(REPLAYED)) {
                // A replayed Idempotency-Key answer changed nothing: the first request was recorded.
                URI location = response.getLocation();
                AuditEntries.of(request.getMethod(), path, location == null ? null : location.getPath(), status,
                        ApiIdentity.clientId(identity), ApiIdentity.keyId(identity), RequestIds.current()).persist();
            }
            QuarkusTransaction.commit();
        } catch (RuntimeException e) {
            rollback();
            answerInstead(response, ProblemMappers.answer(e, path));
        }
    }

    private static void rollback() {
        if (QuarkusTransaction.isActive()) {
            QuarkusTransaction.rollback();
        }
    }

    /** The write did not commit (a constraint checked at commit, the audit entry failing): say so, not 2xx. */
    private static void answerInstead(ContainerResponseContext response, Response problem) {
        response.setStatus(problem.getStatus());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        response.getHeaders().remove(HttpHeaders.ETAG);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setEntity(problem.getEntity(), null, MediaType.valueOf(Problem.MEDIA_TYPE));
    }
}
