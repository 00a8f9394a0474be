package cn.tongpin.security;

import cn.tongpin.web.DatabaseUnavailable;
import cn.tongpin.web.Problem;
import cn.tongpin.web.RequestIds;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes problem answers from the HTTP layer, before any resource (and its exception mappers) runs. */
@ApplicationScoped
public class VertxProblems {

    static final String CHALLENGE = "Bearer realm=\"tongpin\"";

    @Inject
    ObjectMapper json;

    public void unauthorized(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", CHALLENGE);
        write(ctx, 401, "unauthorized", "Credentials required",
                "This request needs a valid key in 'Authorization: Bearer …' (content keys may also be sent as ?key=)");
    }

    public void forbidden(RoutingContext ctx) {
        write(ctx, 403, "forbidden", "Not allowed", "These credentials do not allow this request");
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
        write(ctx, 503, DatabaseUnavailable.CODE, DatabaseUnavailable.TITLE, DatabaseUnavailable.DETAIL);
    }

    public void write(RoutingContext ctx, int status, String code, String title, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        Problem problem = new Problem("/problems/" + code.replace('_', '-'), title, status, code, detail,
                ctx.request().path(), ctx.get(RequestIds.MDC_KEY), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body);
    }
}
