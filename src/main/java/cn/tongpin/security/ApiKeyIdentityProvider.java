package cn.tongpin.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Checks a presented key against the database, off the event loop. An address that sent too many
 * bad keys is refused before its key is even looked at; every bad key uses up one of its tokens.
 */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyRequest> {

    @Inject
    KeyAuthenticator authenticator;

    @Inject
    RateLimiter limiter;

    @Inject
    RateLimitConfig limits;

    @Override
    public Class<ApiKeyRequest> getRequestType() {
        return ApiKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyRequest request, AuthenticationRequestContext context) {
        RoutingContext ctx = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> check(request, ctx));
    }

    private SecurityIdentity check(ApiKeyRequest request, RoutingContext ctx) {
        String bucket = ctx == null ? null : "bad-keys:" + ClientAddress.of(ctx);
        if (bucket != null && limits.enabled()) {
            RateLimiter.Decision decision = limiter.peek(bucket, limits.badKeysPerMinute());
            if (!decision.allowed()) {
                ctx.put(ApiKeyAuthenticationMechanism.THROTTLED, decision);
                throw new AuthenticationFailedException("Too many invalid keys");
            }
        }
        try {
            return authenticator.authenticate(request.secret(), request.fromQuery());
        } catch (AuthenticationFailedException e) {
            if (bucket != null && limits.enabled()) {
                limiter.take(bucket, limits.badKeysPerMinute());
            }
            throw e;
        }
    }
}
