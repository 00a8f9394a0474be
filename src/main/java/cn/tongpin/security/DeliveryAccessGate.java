package cn.tongpin.security;

import cn.tongpin.delivery.DeliveryGate;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides, on the event loop and without the database, whether the delivery API's edge may serve a
 * cached answer before authentication: the caller must present a key this instance verified a
 * moment ago (or need none), and its token must be taken from memory (the memory store, or tokens
 * this instance leased). Whatever cannot be decided that way (an unknown key, a bucket that needs a
 * lease or is kept in the database only) goes through authentication, the key requirement and the
 * rate limits first.
 */
@ApplicationScoped
public class DeliveryAccessGate implements DeliveryGate {

    @Inject
    SecurityConfig security;

    @Inject
    RateLimitConfig limits;

    @Inject
    VerifiedKeys verified;

    @Inject
    AccessFilter access;

    @Override
    public boolean allows(RoutingContext ctx) {
        ApiKeyRequest presented = ApiKeyAuthenticationMechanism.presented(ctx);
        SecurityIdentity identity = null;
        if (presented != null) {
            identity = verified.find(presented.secret());
            if (identity == null || (presented.fromQuery() && !identity.hasRole(Roles.CONTENT))) {
                return false;
            }
        } else if (security.delivery().requireKey() && !access.open(ctx.normalizedPath())) {
            return false;
        }
        if (!limits.enabled()) {
            return true;
        }
        // The same bucket the access filter would use; a refusal, or a bucket only the database can
        // decide (a lease, the database store), is left to it (and its 429).
        return access.takeInMemory(ctx, identity);
    }
}
