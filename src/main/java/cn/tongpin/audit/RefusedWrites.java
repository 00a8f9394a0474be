package cn.tongpin.audit;

import cn.tongpin.security.ApiIdentity;
import cn.tongpin.web.RequestIds;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Records writes of the management API that were refused: no credentials or bad ones (401), not
 * allowed (403), in conflict (409), out of date (412) or breaking a rule (422), wherever they were
 * refused (the HTTP layer or a resource). A refused write has no transaction to join: its entry is
 * written in one of its own once the answer is sent, without the body or any key.
 */
@ApplicationScoped
public class RefusedWrites {

    private static final Logger LOG = Logger.getLogger(RefusedWrites.class);
    static final Set<Integer> REFUSALS = Set.of(401, 403, 409, 412, 422);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::watch);
    }

    private void watch(RoutingContext ctx) {
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        if (AuditRecorder.isWrite(method, path)) {
            String requestId = ctx.get(RequestIds.MDC_KEY);
            ctx.addEndHandler(ended -> {
                int status = ctx.response().getStatusCode();
                if (REFUSALS.contains(status)) {
                    SecurityIdentity identity = ApiIdentity.of(ctx);
                    AuditEntry entry = AuditEntries.of(method, path, null, status, ApiIdentity.clientId(identity),
                            ApiIdentity.keyId(identity), requestId);
                    ctx.vertx().executeBlocking(() -> {
                        QuarkusTransaction.requiringNew().run(entry::persist);
                        return null;
                    }, false).onFailure(e -> LOG.errorf("Audit entry of a refused write not recorded for %s %s (%d): %s",
                            method, entry.path, status, e.getMessage()));
                }
            });
        }
        ctx.next();
    }
}
