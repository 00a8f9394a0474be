package cn.tongpin.security;

import cn.tongpin.web.DatabaseUnavailable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Checks a presented key against the database, off the event loop. An address that sent too many
 * bad keys is refused before its key is even looked at; every bad key uses up one of its tokens.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    private static final Logger LOG = Logger.getLogger(ApiKeyIdentityProvider.class);

    @Inject
    KeyAuthenticator authenticator;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig limits;

    @Inject
    VerifiedKeys verified;

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
        SecurityIdentity known = verified.find(request.secret());
        if (known != null && AccessPolicy.acceptsKey(request.fromQuery(), known)) {
            return Uni.createFrom().item(known);
        }
        return context.runBlocking(() -> check(request, ctx));
    }

    private SecurityIdentity check(ApiKeyRequest request, RoutingContext ctx) {
        String address = ctx == null ? null : ClientAddress.of(ctx);
        String bucket = address == null ? null : "bad-keys:" + address;
        if (bucket != null && limits.enabled()) {
            RateLimiter.Decision decision = limiter.peek(bucket, limits.badKeysPerMinute());
            if (!decision.allowed()) {
                LOG.debugf("Address %s is slowed down for %d s after too many invalid keys", address, decision.retryAfterSeconds());
                ctx.put(ApiKeyAuthenticationMechanism.THROTTLED, decision);
                throw new AuthenticationFailedException("Too many invalid keys");
            }
        }
        try {
            KeyAuthenticator.Verified key = authenticator.authenticate(request.secret(), request.fromQuery());
            verified.remember(request.secret(), key.identity(), key.expiresAtMillis());
            return key.identity();
        } catch (AuthenticationFailedException e) {
            // Only the public part of what was sent: never a secret in a log line.
            LOG.debugf("Key refused from %s%s: %s", address, request.fromQuery() ? " (sent as ?key=)" : "",
                    ApiKeySecrets.describe(request.secret()));
            if (bucket != null && limits.enabled()) {
                limiter.take(bucket, limits.badKeysPerMinute());
            }
            throw e;
        } catch (RuntimeException e) {
            if (ctx == null || !DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // Not the caller's fault: the challenge answers 503 with Retry-After, not 401.
            LOG.warnf("Key not checked, database unavailable: %s", e.getMessage());
            ctx.put(ApiKeyAuthenticationMechanism.DATABASE_UNAVAILABLE, true);
            throw new AuthenticationFailedException("Database unavailable");
        }
    }
}
