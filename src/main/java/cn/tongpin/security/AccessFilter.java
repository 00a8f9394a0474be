package cn.tongpin.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * After authentication: who may reach which API at all ({@link AccessPolicy}), and how often. The
 * caller's token bucket: per client, or per address for anonymous delivery readers, decided on the
 * event loop when the store can without waiting and on a worker thread when the database must be
 * asked. Anonymous callers refused for want of a key are limited too, per address and in this
 * instance's memory: a flood of them costs neither database work nor one audit entry each, it is
 * answered 429 once its bucket is empty.
 */
@ApplicationScoped
public class AccessFilter {

    static final int PRIORITY = SecurityHandlerPriorities.AUTHORIZATION - 10;
    /** Set when this request's token was already taken (by the delivery edge's gate). */
    private static final String COUNTED = "tongpin.rate-limit.counted";

    @Inject
    AccessPolicy policy;

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
        if (!AccessPolicy.guarded(path)) {
            ctx.next();
            return;
        }
        SecurityIdentity identity = ApiIdentity.of(ctx);
        AccessPolicy.Verdict verdict = policy.decide(path, identity);
        if (verdict == AccessPolicy.Verdict.UNAUTHORIZED) {
            unauthorized(ctx);
            return;
        }
        if (verdict == AccessPolicy.Verdict.FORBIDDEN) {
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
     * 401 with the challenge, as long as the address has refusals left; 429 once it sent too many
     * requests without a key. Kept in memory whatever the store: what matters is what refusals cost
     * this instance, and a refusal must never wait for the database.
     */
    private void unauthorized(RoutingContext ctx) {
        if (!limits.enabled()) {
            problems.unauthorized(ctx);
            return;
        }
        RateLimiter.Decision decision = limiter.takeOnThisInstance("refused:" + ClientAddress.of(ctx), limits.refusedPerMinute());
        VertxProblems.rateLimitHeaders(ctx, decision);
        if (decision.allowed()) {
            problems.unauthorized(ctx);
        } else {
            problems.tooManyRequests(ctx, decision, "Too many requests without a valid key came from this address; retry after "
                    + decision.retryAfterSeconds() + " s");
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
}
