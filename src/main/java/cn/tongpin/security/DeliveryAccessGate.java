package cn.tongpin.security;

import cn.tongpin.delivery.DeliveryGate;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Lets the delivery API's edge serve a cached answer before authentication only when nothing about
 * the caller needs checking: no key is required, none is sent, and no limit applies. Every other
 * request goes through authentication, the key requirement and the rate limits first.
 */
@ApplicationScoped
public class DeliveryAccessGate implements DeliveryGate {

    @Inject
    SecurityConfig security;

    @Inject
    RateLimitConfig limits;

    @Override
    public boolean allows(RoutingContext ctx) {
        return !security.delivery().requireKey() && !limits.enabled()
                && ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && ctx.queryParam(ApiKeyAuthenticationMechanism.QUERY_PARAMETER).isEmpty();
    }
}
