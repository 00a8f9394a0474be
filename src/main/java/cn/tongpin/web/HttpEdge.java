package cn.tongpin.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
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
 * the refusal of targets that are no URI, of bodies above the size limit (by Content-Length, or
 * counted as they arrive) or without a length, and of query parameters no channel can carry, as
 * problems ({@link ProblemWriter}), and during a shutdown the refusal of new requests.
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
    ProblemWriter problems;

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
        MalformedTargets.takeOverFromQuarkus();
        router.route().order(Integer.MIN_VALUE).handler(this::screen).failureHandler(this::failed);
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

    /**
     * Every request passes here first: it gets its id, then is refused (as a problem) when its target
     * is no URI, while the service drains, when its request line, headers or declared body are too
     * large, when it is an HTTP/1.0 body without a length, or when its query cannot be carried; a
     * chunked body is counted as it arrives.
     */
    private void screen(RoutingContext ctx) {
        String id = tagWithRequestId(ctx);
        Problem refusal = malformedTarget(ctx, id);
        if (refusal == null) {
            refusal = drainingRefusal(ctx, id);
        }
        if (refusal == null) {
            refusal = oversizedHead(ctx, id);
        }
        if (refusal == null) {
            refusal = oversizedBody(ctx, id);
        }
        if (refusal == null) {
            refusal = bodyWithoutLength(ctx, id);
        }
        if (refusal == null) {
            refusal = uncarriableQuery(ctx, id);
        }
        if (refusal != null) {
            refuse(ctx, refusal);
            return;
        }
        if (bodyOfUnknownLength(ctx)) {
            // Counted as it arrives and refused at the limit, never read whole first.
            jsonBodies.handle(ctx);
            return;
        }
        ctx.next();
    }

    /** The request id (the caller's when it is usable) in the log context, the answer's header and the context. */
    private static String tagWithRequestId(RoutingContext ctx) {
        String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.put(RequestIds.MDC_KEY, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        return id;
    }

    /** A target that is no URI; checked first, since the other checks read the path. */
    private static Problem malformedTarget(RoutingContext ctx, String id) {
        return MalformedTargets.malformed(ctx.request().uri()) ? known(KnownProblem.MALFORMED_REQUEST, ctx, id) : null;
    }

    /** After the shutdown delay, every request but {@code /q/} is refused with Retry-After (set here). */
    private Problem drainingRefusal(RoutingContext ctx, String id) {
        Instant draining = drainingFrom;
        if (draining == null || Instant.now().isBefore(draining) || ctx.normalizedPath().startsWith("/q/")) {
            return null;
        }
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DRAINING_RETRY_AFTER_SECONDS));
        return known(KnownProblem.SHUTTING_DOWN, ctx, id);
    }

    /** A body whose Content-Length is above the limit of this request. */
    private Problem oversizedBody(RoutingContext ctx, String id) {
        long limit = limitFor(ctx.request().method(), ctx.request().path());
        return tooLarge(ctx, limit) ? tooLargeProblem(ctx, limit, id) : null;
    }

    /**
     * An HTTP/1.0 request that may carry a body but has no Content-Length: its body would end only
     * when the client closes, so its size cannot be held to the limit, and the HTTP codec takes it
     * as no body at all and its bytes as a next request. HTTP/1.0 has no chunked bodies, so a body
     * needs Content-Length there (RFC 1945 §7.2.2); refused as 411. (In HTTP/1.1 such a request has
     * no body by definition, RFC 9112 §6.3, and what follows is read as the next request, under the
     * codec's own limits.)
     */
    private static Problem bodyWithoutLength(RoutingContext ctx, String id) {
        HttpServerRequest request = ctx.request();
        boolean mayCarryBody = request.method() == HttpMethod.POST || request.method() == HttpMethod.PUT
                || request.method() == HttpMethod.PATCH;
        return request.version() == HttpVersion.HTTP_1_0 && mayCarryBody && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                ? known(KnownProblem.LENGTH_REQUIRED, ctx, id)
                : null;
    }

    private static Problem uncarriableQuery(RoutingContext ctx, String id) {
        FieldError badParameter = QueryParams.uncarriable(ctx.request().query());
        if (badParameter == null) {
            return null;
        }
        return ProblemResponses.problem(400, "validation", "Request is not valid", "Query parameter '" + badParameter.field()
                + "' is not valid: " + badParameter.message(), ctx.request().path(), List.of(badParameter), id);
    }

    /** A chunked JSON body (uploads have their own reader, which counts). */
    private boolean bodyOfUnknownLength(RoutingContext ctx) {
        return limitFor(ctx.request().method(), ctx.request().path()) == maxBodyBytes
                && ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static Problem known(KnownProblem known, RoutingContext ctx, String id) {
        return ProblemWriter.problem(known.text(), ctx.request().path(), null, id);
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
        refuse(ctx, tooLargeProblem(ctx, limit, ctx.get(RequestIds.MDC_KEY)));
    }

    private static Problem tooLargeProblem(RoutingContext ctx, long limit, String id) {
        return ProblemResponses.problem(413, "payload_too_large", "Body too large",
                "The body is larger than the limit of " + limit + " bytes", ctx.request().path(), null, id);
    }

    /** Answers before any resource runs; the connection closes, since an unread body may follow. */
    private void refuse(RoutingContext ctx, Problem problem) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        problems.write(ctx, problem);
    }
}
