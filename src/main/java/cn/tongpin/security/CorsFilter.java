package cn.tongpin.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Context;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * CORS from the clients' origin lists. A preflight (which has no key) passes when some client allows
 * the origin; an actual request gets {@code Access-Control-Allow-Origin} only when the origin is one
 * of the calling key's client (or, for anonymous delivery reads, of any client).
 */
@ApplicationScoped
public class CorsFilter {

    static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    static final Set<String> ALLOWED_HEADERS = Set.of("authorization", "content-type", "if-match", "if-none-match",
            "if-modified-since", "idempotency-key", "x-request-id", "accept-language", "accept");
    static final String EXPOSED = "ETag, Location, Last-Modified, Content-Language, Link, X-Request-Id, Retry-After, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Idempotent-Replayed, Cache-Status";

    @Inject
    AllowedOrigins origins;

    @Inject
    VertxProblems problems;

    void install(@Observes Filters filters) {
        // Before authentication: a preflight carries no key and must not be refused for that.
        filters.register(this::handle, SecurityHandlerPriorities.CORS);
    }

    private void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            ctx.next();
            return;
        }
        CompletableFuture<Set<String>> allowed = origins.whenLoaded();
        if (allowed.isDone()) {
            decide(ctx, origin, allowed.join());
            return;
        }
        ctx.request().pause();
        Context context = ctx.vertx().getOrCreateContext();
        allowed.thenAccept(loaded -> context.runOnContext(v -> {
            ctx.request().resume();
            decide(ctx, origin, loaded);
        }));
    }

    private void decide(RoutingContext ctx, String origin, Set<String> allowedOrigins) {
        boolean known = allowedOrigins.contains(origin);
        if (ctx.request().method() == HttpMethod.OPTIONS
                && ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            preflight(ctx, origin, known);
            return;
        }
        ctx.addHeadersEndHandler(v -> {
            SecurityIdentity identity = ApiIdentity.of(ctx);
            boolean allowed = identity == null ? known : ApiIdentity.origins(identity).contains(origin);
            ctx.response().headers().add(HttpHeaders.VARY, "Origin");
            if (allowed) {
                ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                        .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            }
        });
        ctx.next();
    }

    private void preflight(RoutingContext ctx, String origin, boolean known) {
        ctx.response().putHeader(HttpHeaders.VARY, "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
        if (!known) {
            problems.write(ctx, 403, "cors_origin_not_allowed", "Origin not allowed",
                    "No client of this API allows requests from this origin");
            return;
        }
        String requested = ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        String headers = requested == null ? "" : Arrays.stream(requested.split(","))
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(ALLOWED_HEADERS::contains)
                .collect(Collectors.joining(", "));
        ctx.response().setStatusCode(204)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin)
                .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, METHODS)
                .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "600");
        if (!headers.isEmpty()) {
            ctx.response().putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers);
        }
        ctx.response().end();
    }
}
