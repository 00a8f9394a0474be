package cn.tongpin.security;

import cn.tongpin.web.DatabaseUnavailable;
import cn.tongpin.web.KnownProblem;
import cn.tongpin.web.ProblemWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The problems of authentication, CORS and rate limits, answered before any resource runs ({@link ProblemWriter}). */
@ApplicationScoped
public class VertxProblems {

    static final String CHALLENGE = KnownProblem.CHALLENGE;

    @Inject
    ProblemWriter writer;

    public void unauthorized(RoutingContext ctx) {
        writer.write(ctx, KnownProblem.UNAUTHORIZED);
    }

    public void forbidden(RoutingContext ctx) {
        writer.write(ctx, KnownProblem.FORBIDDEN);
    }

    public void tooManyRequests(RoutingContext ctx, RateLimiter.Decision decision, String detail) {
        rateLimitHeaders(ctx, decision);
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        write(ctx, 429, "rate_limited", "Too many requests", detail);
    }

    /** The caller's bucket, on every answer it decided (allowed or not), whichever bucket it was. */
    static void rateLimitHeaders(RoutingContext ctx, RateLimiter.Decision decision) {
        ctx.response().putHeader("RateLimit-Limit", Integer.toString(decision.limit()))
                .putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
    }

    public void databaseUnavailable(RoutingContext ctx) {
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        writer.write(ctx, KnownProblem.DATABASE_UNAVAILABLE);
    }

    public void write(RoutingContext ctx, int status, String code, String title, String detail) {
        writer.write(ctx, status, code, title, detail);
    }
}
