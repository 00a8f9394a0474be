package cn.tongpin.delivery;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.util.List;

/** Cross-origin access to the delivery API for browsers (the management API gets none). */
final class Cors {

    static final String EXPOSED = "ETag, Last-Modified, Link, Content-Language, X-Request-Id";
    static final String ALLOWED_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since, Authorization, X-Request-Id";

    private Cors() {
    }

    static boolean anyOrigin(DeliveryConfig config) {
        return config.cors().origins().contains("*");
    }

    /** Adds the CORS headers for this request's Origin; false when the origin is not allowed. */
    static boolean apply(DeliveryConfig config, HttpServerRequest request, HttpServerResponse response) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        List<String> origins = config.cors().origins();
        boolean any = origins.contains("*");
        if (!any && !origins.contains(origin)) {
            return false;
        }
        response.putHeader("Access-Control-Allow-Origin", any ? "*" : origin);
        response.putHeader("Access-Control-Expose-Headers", EXPOSED);
        return true;
    }

    /** Answers a preflight request. */
    static void preflight(DeliveryConfig config, HttpServerRequest request, HttpServerResponse response) {
        boolean allowed = apply(config, request, response);
        if (allowed && request.getHeader("Origin") != null) {
            response.putHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
            response.putHeader("Access-Control-Max-Age", Integer.toString(config.cors().maxAge()));
        }
        if (!anyOrigin(config)) {
            response.putHeader("Vary", "Origin");
        }
        response.setStatusCode(204).end();
    }
}
