package cn.tongpin.delivery.search;

import cn.tongpin.delivery.cache.DeliveryEdge;
import cn.tongpin.delivery.cache.DeliveryResponses;
import cn.tongpin.locale.LocaleParam;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(DeliveryEdge.ROOT + "/search")
@Tag(name = "Search (delivery)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SearchContentResource {

    @Inject
    SiteSearch search;

    @Inject
    DeliveryResponses responses;

    @GET
    @Operation(summary = "Search everything published", description = "q (required; Simplified or Traditional Chinese, "
            + "Latin words, numbers). Filters: type (comma list), topic, organization (id or slug), year. Facets: type, "
            + "topic, organization, year. Snippets are HTML with matches in <mark>. limit 1–100 (default 20), page; locale.")
    @APIResponse(responseCode = "200", description = "Hits, facets and paging", content = @Content(schema = @Schema(implementation = SearchResult.Page.class)))
    public Response search(@BeanParam SearchParams params, @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> search.search(params, uri));
    }
}
