package cn.tongpin.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Decides, on the event loop and without the database, whether the delivery API's edge may serve a
 * cached answer before authentication. It takes the decision the access filter takes after
 * authentication ({@link AccessPolicy}), with the identity this instance verified a moment ago for
 * the presented key, and takes the caller's token from memory. Whatever it cannot decide that way
 * (an unknown key, any refusal, a bucket only the database can decide) goes the long way, through
 * authentication and the access filter, which give the answer: a refused request is refused by the
 * same code whether its answer is cached or not.
 */
@ApplicationScoped
public class DeliveryAccessGate {

    @Inject
    AccessPolicy policy;

    @Inject
    RateLimitConfig limits;

    @Inject
    VerifiedKeys verified;

    @Inject
    AccessFilter access;

    /** Whether the request may be answered from the cache without going through authentication. */
    public boolean allows(RoutingContext ctx) {
        ApiKeyRequest presented = ApiKeyAuthenticationMechanism.presented(ctx);
        SecurityIdentity identity = null;
        if (presented != null) {
            identity = verified.find(presented.secret());
            if (identity == null || !AccessPolicy.acceptsKey(presented.fromQuery(), identity)) {
                return false; // only authentication can tell, and answer
            }
        }
        if (policy.decide(ctx.normalizedPath(), identity) != AccessPolicy.Verdict.ALLOW) {
            return false;
        }
        // The same bucket the access filter would use; a refusal, or a bucket only the database can
        // decide (a lease, the database store), is left to it (and its 429).
        return !limits.enabled() || access.takeInMemory(ctx, identity);
    }
}
