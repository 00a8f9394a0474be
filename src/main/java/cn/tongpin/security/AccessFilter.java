package cn.tongpin.security;

import cn.tongpin.web.AdminApi;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Pattern;

/**
 * After authentication: who may reach which API at all, and how often. Every /admin/v1 route needs
 * an editor or admin key, whatever its resource declares, so that a route added without
 * {@code @RolesAllowed} is still closed to anonymous callers and content keys; the delivery API
 * needs a key when the setting says so. Then the caller's token bucket: per client, or per address
 * for anonymous delivery readers, decided on the event loop when the store can without waiting and
 * on a worker thread when the database must be asked.
 */
@ApplicationScoped
public class AccessFilter {

    public static final String DELIVERY_ROOT = "/content/v1";
    /** Everything channels read besides /content/v1: the partner widget and the sitemap. */
    private static final List<String> OTHER_DELIVERY_ROOTS = List.of("/embed/v1");
    private static final Pattern SITEMAP = Pattern.compile("/sitemap(-\\d+)?\\.xml");
    static final int PRIORITY = SecurityHandlerPriorities.AUTHORIZATION - 10;
    /** Set when this request's token was already taken (by the delivery edge's gate). */
    private static final String COUNTED = "tongpin.rate-limit.counted";

    @Inject
    SecurityConfig security;

    @Inject
    RateLimitConfig limits;

    @Inject
    RateLimiter limiter;

    @Inject
    VertxProblems problems;

    void install(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        boolean admin = under(path, AdminApi.ROOT);
        boolean delivery = isDelivery(path);
        if (!admin && !delivery) {
            ctx.next();
            return;
        }
        SecurityIdentity identity = ApiIdentity.of(ctx);
        if (identity == null && (admin || security.delivery().requireKey() && !open(path))) {
            problems.unauthorized(ctx);
            return;
        }
        if (admin && !identity.hasRole(Roles.EDITOR) && !identity.hasRole(Roles.ADMIN)) {
            problems.forbidden(ctx);
            return;
        }
        if (!limits.enabled() || ctx.get(COUNTED) != null) {
            ctx.next();
            return;
        }
        String bucket = bucket(ctx, identity);
        int perMinute = perMinute(identity);
        RateLimiter.Decision decided = limiter.takeWithoutWaiting(bucket, perMinute);
        if (decided != null) {
            answer(ctx, decided);
        } else {
            limit(ctx, bucket, perMinute);
        }
    }

    /**
     * For the delivery edge, on the event loop: takes the caller's token when this instance can
     * without waiting (tokens in memory or leased), with the RateLimit headers; false when it cannot
     * or the bucket is empty (the request then goes the long way, to a lease or a 429).
     */
    boolean takeInMemory(RoutingContext ctx, SecurityIdentity identity) {
        RateLimiter.Decision decision = limiter.takeWithoutWaiting(bucket(ctx, identity), perMinute(identity));
        if (decision == null || !decision.allowed()) {
            return false;
        }
        VertxProblems.rateLimitHeaders(ctx, decision);
        ctx.put(COUNTED, Boolean.TRUE);
        return true;
    }

    private static String bucket(RoutingContext ctx, SecurityIdentity identity) {
        return identity != null ? "client:" + ApiIdentity.clientId(identity) : "address:" + ClientAddress.of(ctx);
    }

    private int perMinute(SecurityIdentity identity) {
        if (identity == null) {
            return limits.anonymousPerMinute();
        }
        Integer own = identity.getAttribute(ApiIdentity.RATE_LIMIT);
        return own != null ? own : limits.clientPerMinute();
    }

    /** Takes the token on a worker thread: the database is asked (a take, or a lease of a batch). */
    private void limit(RoutingContext ctx, String bucket, int perMinute) {
        ctx.request().pause();
        ctx.vertx().executeBlocking(() -> limiter.take(bucket, perMinute), false).onComplete(result -> {
            ctx.request().resume();
            if (result.failed()) {
                ctx.fail(result.cause());
                return;
            }
            answer(ctx, result.result());
        });
    }

    private void answer(RoutingContext ctx, RateLimiter.Decision decision) {
        VertxProblems.rateLimitHeaders(ctx, decision);
        if (decision.allowed()) {
            ctx.next();
        } else {
            problems.tooManyRequests(ctx, decision, "The rate limit of " + decision.limit()
                    + " requests per minute is used up; retry after " + decision.retryAfterSeconds() + " s");
        }
    }

    /** Whether a delivery path is read without a key even when keys are required (tongpin.security.delivery.open-paths). */
    boolean open(String path) {
        return path != null && security.delivery().openPaths().stream().anyMatch(path::startsWith);
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
