package cn.tongpin.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** The management API shows drafts: nothing of it may be cached anywhere. */
public class NoStoreFilter {

    @ServerResponseFilter
    public void noStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getUriInfo().getPath().startsWith(AdminApi.ROOT)) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
    }
}
