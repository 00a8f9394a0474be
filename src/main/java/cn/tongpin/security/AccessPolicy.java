package cn.tongpin.security;

import cn.tongpin.web.AdminApi;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every access rule, written once: which key may be presented how, which paths need a key, and
 * which keys may use the management API. The HTTP layer applies it after authentication (the access
 * filter), the key check applies its transport rule, and the delivery edge applies the very same
 * decision before serving a cached answer without authentication: a request is refused alike
 * whether or not its answer is cached, because there is only one decision to take.
 */
@ApplicationScoped
public class AccessPolicy {

    public static final String DELIVERY_ROOT = "/content/v1";
    /** Everything channels read besides /content/v1: the partner widget and the sitemap. */
    private static final List<String> OTHER_DELIVERY_ROOTS = List.of("/embed/v1");
    private static final Pattern SITEMAP = Pattern.compile("/sitemap(-\\d+)?\\.xml");

    /** What a request is answered, as far as access goes. */
    public enum Verdict {
        ALLOW,
        /** 401 with the challenge: no key, or none that can be used here. */
        UNAUTHORIZED,
        /** 403: the key is valid but does not allow this API. */
        FORBIDDEN
    }

    @Inject
    SecurityConfig security;

    /**
     * Whether a verified key may be used as it was presented. A key sent as {@code ?key=} ends up in
     * server logs, browser histories and Referer headers, so only content keys (which read public
     * content only) are accepted that way; every other key must come in the Authorization header.
     */
    public static boolean acceptsKey(boolean fromQuery, SecurityIdentity identity) {
        return !fromQuery || identity.hasRole(Roles.CONTENT);
    }

    /**
     * The decision for an authenticated (or anonymous, null) caller: every /admin/v1 route needs an
     * editor or admin key, whatever its resource declares, so that a route added without
     * {@code @RolesAllowed} is still closed; the delivery API needs a key when the setting says so,
     * except on its open paths.
     */
    public Verdict decide(String path, SecurityIdentity identity) {
        boolean admin = isAdmin(path);
        if (identity == null) {
            return admin || isDelivery(path) && keyRequired(path) ? Verdict.UNAUTHORIZED : Verdict.ALLOW;
        }
        if (admin && !identity.hasRole(Roles.EDITOR) && !identity.hasRole(Roles.ADMIN)) {
            return Verdict.FORBIDDEN;
        }
        return Verdict.ALLOW;
    }

    /** Whether a delivery path needs a key: keys are required and the path is not one of the open ones. */
    private boolean keyRequired(String path) {
        return security.delivery().requireKey() && security.delivery().openPaths().stream().noneMatch(path::startsWith);
    }

    /** The paths access is decided for (and rate-limited): the management API and the delivery API. */
    public static boolean guarded(String path) {
        return isAdmin(path) || isDelivery(path);
    }

    static boolean isAdmin(String path) {
        return under(path, AdminApi.ROOT);
    }

    /** Delivery paths need a content key when keys are required (unless open) and are rate-limited. */
    static boolean isDelivery(String path) {
        return under(path, DELIVERY_ROOT) || OTHER_DELIVERY_ROOTS.stream().anyMatch(root -> under(path, root))
                || (path != null && SITEMAP.matcher(path).matches());
    }

    private static boolean under(String path, String root) {
        return path != null && (path.equals(root) || path.startsWith(root + "/"));
    }
}
