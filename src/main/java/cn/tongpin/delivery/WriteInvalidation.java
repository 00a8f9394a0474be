package cn.tongpin.delivery;

import cn.tongpin.web.AdminApi;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * After a write through the management API has committed (services own the transactions, so it has
 * by the time the answer is written), this instance forgets its cached answers before the writer
 * hears back: a read that follows the write never sees the old content. Other instances hear of it
 * through {@link ContentChangeListener}.
 */
public class WriteInvalidation {

    @Inject
    ContentGeneration generation;

    @ServerResponseFilter
    public void afterWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")
                && request.getUriInfo().getPath().startsWith(AdminApi.ROOT)) {
            generation.bump();
        }
    }
}
