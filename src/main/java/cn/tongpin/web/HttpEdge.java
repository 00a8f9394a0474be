package cn.tongpin.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * What happens to every request before any resource sees it: the request id (header, log context)
 * and the refusal of bodies above the size limit as a problem, before they are read.
 */
@ApplicationScoped
public class HttpEdge {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "tongpin.http.max-body-bytes")
    long maxBodyBytes;

    /** Image uploads have their own, larger limit (plus room for the multipart framing). */
    @ConfigProperty(name = "tongpin.assets.max-bytes", defaultValue = "10485760")
    long maxAssetBytes;

    private static final String ASSET_UPLOADS = AdminApi.ROOT + "/assets";
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tagRequest);
    }

    private void tagRequest(RoutingContext ctx) {
        String id = RequestIds.accept(ctx.request().getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.put(RequestIds.MDC_KEY, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        long limit = limitFor(ctx.request().method(), ctx.request().path());
        if (tooLarge(ctx, limit)) {
            refuseTooLarge(ctx, limit);
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
        try {
            Problem problem = ProblemResponses.problem(413, "payload_too_large", "Body too large",
                    "The body is larger than the limit of " + limit + " bytes", ctx.request().path(), null);
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (Exception e) {
            ctx.fail(413);
        }
    }
}
