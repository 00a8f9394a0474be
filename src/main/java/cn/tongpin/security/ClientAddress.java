package cn.tongpin.security;

import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * The caller's address for per-address limits. Behind a proxy, enable
 * {@code quarkus.http.proxy.proxy-address-forwarding} with the proxy as trusted, or every caller
 * shares the proxy's address.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(RoutingContext ctx) {
        SocketAddress address = ctx.request().remoteAddress();
        return address == null ? "unknown" : address.hostAddress();
    }
}
