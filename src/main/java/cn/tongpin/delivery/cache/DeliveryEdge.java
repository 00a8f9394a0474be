package cn.tongpin.delivery.cache;

import cn.tongpin.locale.LocaleNegotiation;
import cn.tongpin.locale.Script;
import cn.tongpin.security.DeliveryAccessGate;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.http.HttpCaching;
import cn.tongpin.web.http.HttpCaching.Conditions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The front of the delivery API, on the event loop before any resource: answers served straight
 * from {@link RepresentationCache} (200 or 304) while they are current ({@link DeliveryResponses#current})
 * and the access decision ({@link DeliveryAccessGate}: keys, rate limits) lets the request through. Everything else goes on to
 * authentication and the resources, which build, cache and answer. CORS is the security layer's.
 */
@ApplicationScoped
public class DeliveryEdge {

    public static final String ROOT = "/content/v1";
    static final String KEY = "tongpin.delivery.key";
    static final String SCRIPT = "tongpin.delivery.script";

    @Inject
    DeliveryResponses responses;

    @Inject
    DeliveryHeaders headers;

    @Inject
    DeliveryAccessGate access;

    void install(@Observes Router router) {
        router.route(ROOT + "/*").order(Integer.MIN_VALUE + 10).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD) {
            ctx.next();
            return;
        }
        Script script;
        try {
            script = LocaleNegotiation.resolve(ctx.queryParams().get(LocaleNegotiation.PARAMETER),
                    request.getHeader("Accept-Language"));
        } catch (ProblemException e) {
            ctx.next(); // the resource answers the 400
            return;
        }
        String key = key(request, script);
        ctx.put(KEY, key);
        ctx.put(SCRIPT, script);
        Representation current = responses.current(key);
        if (current == null || !access.allows(ctx)) {
            ctx.next();
            return;
        }
        serve(current, request, response);
    }

    private void serve(Representation r, HttpServerRequest request, HttpServerResponse response) {
        boolean notModified = HttpCaching.notModified(Conditions.from(request::getHeader), r.etag(), r.since());
        headers.apply(r, notModified, response::putHeader);
        if (notModified) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", DeliveryHeaders.JSON);
        if (request.method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", Integer.toString(r.body().length)).end();
            return;
        }
        response.end(r.buffer());
    }

    static String key(HttpServerRequest request, Script script) {
        String query = request.query();
        return request.path() + (query == null ? "" : "?" + query) + "#" + script.tag();
    }
}
