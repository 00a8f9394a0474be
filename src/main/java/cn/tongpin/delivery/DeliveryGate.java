package cn.tongpin.delivery;

import io.vertx.ext.web.RoutingContext;

/**
 * A check a request must pass before a cached answer is served to it (e.g. a content API key).
 * Requests a gate does not pass go on to the resources, which give the proper error.
 */
public interface DeliveryGate {

    boolean allows(RoutingContext context);
}
