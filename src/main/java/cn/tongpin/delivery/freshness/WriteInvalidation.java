package cn.tongpin.delivery.freshness;

import cn.tongpin.web.AdminApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After a write through the management API has committed (services own the transactions, so it has
 * by the time the answer is written), this instance forgets its cached answers and the writer waits
 * for every other live instance to have heard the write ({@link WriteFence}) before it hears back:
 * a read that follows the write, on any instance, never sees the old content.
 */
public class WriteInvalidation {

    @Inject
    ContentGeneration generation;

    @Inject
    DeliveryFreshness freshness;

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                || !request.getUriInfo().getPath().startsWith(AdminApi.ROOT)) {
            return;
        }
        if (response.getStatus() >= 300) {
            generation.bump();
            return;
        }
        freshness.afterCommittedWrite();
    }
}
