package cn.tongpin.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * Reads the API key of a request: {@code Authorization: Bearer <key>}, or {@code ?key=<key>} for
 * readers that cannot set headers (then only content keys are accepted: {@link AccessPolicy#acceptsKey}).
 * Every refusal is a problem+json answer; a caller that sent too many bad keys is answered 429 instead.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Set on the request by the identity provider when the caller's address is slowed down. */
    static final String THROTTLED = "tongpin.bad-keys-throttled";
    static final String DATABASE_UNAVAILABLE = "tongpin.keys-unavailable";
    static final String QUERY_PARAMETER = "key";
    private static final String BEARER = "bearer ";

    @Inject
    VertxProblems problems;

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager identities) {
        ApiKeyRequest request = presented(ctx);
        if (request == null) {
            return Uni.createFrom().nullItem();
        }
        HttpSecurityUtils.setRoutingContextAttribute(request, ctx);
        return identities.authenticate(request);
    }

    /** The key a request presents (header first, then {@code ?key=}), or null when it presents none. */
    static ApiKeyRequest presented(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null) {
            boolean bearer = header.regionMatches(true, 0, BEARER, 0, BEARER.length());
            return new ApiKeyRequest(bearer ? header.substring(BEARER.length()).trim() : "", false);
        }
        List<String> fromQuery = ctx.queryParam(QUERY_PARAMETER);
        if (fromQuery.isEmpty()) {
            return null;
        }
        return new ApiKeyRequest(fromQuery.size() == 1 ? fromQuery.get(0) : "", true);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", VertxProblems.CHALLENGE));
    }

    /** The challenge as a problem, not an empty 401. */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext ctx) {
        RateLimiter.Decision throttled = ctx.get(THROTTLED);
        if (Boolean.TRUE.equals(ctx.get(DATABASE_UNAVAILABLE))) {
            problems.databaseUnavailable(ctx);
        } else if (throttled != null) {
            problems.tooManyRequests(ctx, throttled,
                    "Too many invalid keys were sent from this address; wait before trying again");
        } else {
            problems.unauthorized(ctx);
        }
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext ctx) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
