package cn.tongpin.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import java.util.UUID;

/** What an authenticated key carries besides its role: its client, its key id, its limits. */
public final class ApiIdentity {

    /** The client's id (UUID). */
    public static final String CLIENT_ID = "tongpin.client";
    /** The key's id (UUID). */
    public static final String KEY_ID = "tongpin.key";
    /** The client's requests per minute (Integer), absent for the default. */
    public static final String RATE_LIMIT = "tongpin.rate-limit";
    /** The client's allowed CORS origins (Set of String). */
    public static final String ORIGINS = "tongpin.origins";

    private ApiIdentity() {
    }

    /** The identity the authentication step established, or null for anonymous callers. */
    public static SecurityIdentity of(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return user.getSecurityIdentity();
        }
        return null;
    }

    public static UUID clientId(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(CLIENT_ID);
    }

    public static UUID keyId(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(KEY_ID);
    }

    @SuppressWarnings("unchecked")
    public static Set<String> origins(SecurityIdentity identity) {
        Object origins = identity == null ? null : identity.getAttribute(ORIGINS);
        return origins instanceof Set<?> set ? (Set<String>) set : Set.of();
    }
}
