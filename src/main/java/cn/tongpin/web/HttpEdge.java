package cn.tongpin.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What happens to every request before any resource sees it: the request id (header, log context),
 * the refusal of bodies above the size limit (by Content-Length, or counted as they arrive) and of
 * query parameters no channel can carry, as problems, and during a shutdown the refusal of new requests.
 *
 * <p>Shutting down (SIGTERM): Quarkus takes readiness down and fires {@link ShutdownDelayInitiatedEvent}
 * ({@code quarkus.shutdown.delay-enabled}); after {@code quarkus.shutdown.delay}, in which requests
 * are still served so that a load balancer can notice, every new request is answered 503 with
 * {@code Retry-After} and {@code Connection: close} while the requests in flight finish (Quarkus waits
 * for them up to {@code quarkus.shutdown.timeout}). Then the beans and the connection pool stop, and
 * the embedded database last. Health and the other {@code /q/} endpoints stay open to tell why.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "tongpin.http.max-body-bytes")
    long maxBodyBytes;

    /** Image uploads have their own, larger limit (plus room for the multipart framing). */
    @ConfigProperty(name = "tongpin.assets.max-bytes", defaultValue = "10485760")
    long maxAssetBytes;

    private BodyHandler jsonBodies;

    @PostConstruct
    void limits() {
        jsonBodies = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
    }

    @ConfigProperty(name = "tongpin.http.max-uri-length")
    int maxUriLength;

    @ConfigProperty(name = "tongpin.http.max-header-bytes")
    long maxHeaderBytes;

    @ConfigProperty(name = "quarkus.shutdown.delay")
    Optional<Duration> shutdownDelay;

    private static final String ASSET_UPLOADS = AdminApi.ROOT + "/assets";
    private static final long MULTIPART_OVERHEAD = 64 * 1024;
    /** A new instance (or this one restarted) is usually there within seconds. */
    static final int DRAINING_RETRY_AFTER_SECONDS = 2;

    /** When new requests start being refused; null while the service runs. */
    private volatile Instant drainingFrom;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tagRequest).failureHandler(this::failed);
    }

    void shutdownRequested(@Observes ShutdownDelayInitiatedEvent event) {
        Instant from = Instant.now().plus(shutdownDelay.orElse(Duration.ZERO));
        drainingFrom = from;
        LOG.infof("Shutting down: readiness is down; new requests are refused from %s", from);
    }

    /** Without the delay event (it is a build-time option), the shutdown event comes after the requests in flight. */
    void shuttingDown(@Observes ShutdownEvent event) {
        drainingFrom = Instant.now();
    }

    private void tagRequest(RoutingContext ctx) {
        String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.put(RequestIds.MDC_KEY, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        Instant draining = drainingFrom;
        if (draining != null && !Instant.now().isBefore(draining) && !ctx.normalizedPath().startsWith("/q/")) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DRAINING_RETRY_AFTER_SECONDS));
            refuse(ctx, ProblemResponses.problem(503, "shutting_down", "Service unavailable",
                    "This instance is shutting down; try again shortly", ctx.request().path(), null, id));
            return;
        }
        Problem oversized = oversizedHead(ctx, id);
        if (oversized != null) {
            refuse(ctx, oversized);
            return;
        }
        long limit = limitFor(ctx.request().method(), ctx.request().path());
        if (tooLarge(ctx, limit)) {
            refuseTooLarge(ctx, limit);
            return;
        }
        FieldError badParameter = QueryParams.uncarriable(ctx.request().query());
        if (badParameter != null) {
            refuse(ctx, ProblemResponses.problem(400, "validation", "Request is not valid", "Query parameter '"
                    + badParameter.field() + "' is not valid: " + badParameter.message(), ctx.request().path(), List.of(badParameter), id));
            return;
        }
        if (limit == maxBodyBytes && ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            // A body of unknown length is counted as it arrives and refused at the limit, never read whole first.
            jsonBodies.handle(ctx);
            return;
        }
        ctx.next();
    }

    /**
     * A request line or header block over the service's limits, as a problem. The HTTP codec's own
     * limits are set well above these (application.properties), because what it refuses it answers
     * with an empty 414 or 431 before any handler runs.
     */
    private Problem oversizedHead(RoutingContext ctx, String id) {
        int uriLength = ctx.request().uri().length();
        if (uriLength > maxUriLength) {
            return ProblemResponses.problem(414, "uri_too_long", "URI too long", "The request target has " + uriLength
                    + " characters; the limit is " + maxUriLength, ctx.request().path(), null, id);
        }
        long headerBytes = 0;
        for (var header : ctx.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderBytes) {
            return ProblemResponses.problem(431, "headers_too_large", "Request header fields too large", "The headers take "
                    + headerBytes + " bytes; the limit is " + maxHeaderBytes, ctx.request().path(), null, id);
        }
        return null;
    }

    /** The body limit above failed a request (413); other failures go on to Quarkus' own handling. */
    private void failed(RoutingContext ctx) {
        if (ctx.statusCode() == 413 && !ctx.response().ended()) {
            refuseTooLarge(ctx, limitFor(ctx.request().method(), ctx.request().path()));
            return;
        }
        ctx.next();
    }

    /** Only an upload (POST to the assets collection) gets the image limit; edits of an image's words are JSON. */
    private long limitFor(HttpMethod method, String path) {
        boolean upload = HttpMethod.POST.equals(method) && (ASSET_UPLOADS.equals(path) || (ASSET_UPLOADS + "/").equals(path));
        return upload ? maxAssetBytes + MULTIPART_OVERHEAD : maxBodyBytes;
    }

    private boolean tooLarge(RoutingContext ctx, long limit) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void refuseTooLarge(RoutingContext ctx, long limit) {
        refuse(ctx, ProblemResponses.problem(413, "payload_too_large", "Body too large",
                "The body is larger than the limit of " + limit + " bytes", ctx.request().path(), null, ctx.get(RequestIds.MDC_KEY)));
    }

    /** Answers before any resource runs; the connection closes, since an unread body may follow. */
    private void refuse(RoutingContext ctx, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        ctx.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
