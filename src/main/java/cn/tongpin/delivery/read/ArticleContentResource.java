package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.DeliveryEdge;
import cn.tongpin.delivery.cache.DeliveryResponses;
import cn.tongpin.listing.Paging;
import cn.tongpin.locale.LocaleParam;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path(DeliveryEdge.ROOT + "/articles")
@Tag(name = "Articles (delivery)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ArticleContentResource {

    @Inject
    ArticleDelivery articles;

    @Inject
    DeliveryResponses responses;

    @GET
    @Operation(summary = "List published articles", description = "Filters: topic, organization (source or mentioned), "
            + "participant, meeting (ids or slugs), publishedAfter, publishedBefore (RFC 3339), q (Chinese full-text search). "
            + "Sort: publishedAt (default -publishedAt), title, slug, createdAt, updatedAt; relevance (default with q). "
            + "include: topics, meeting, participants, organizations, sourceOrganization. fields (the body only when named), "
            + "locale, limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of articles", content = @Content(schema = @Schema(implementation = Pages.Articles.class)))
    public Response list(@BeanParam Paging paging, @BeanParam ArticleQuery.Filters filters, @BeanParam ArticleQuery.Shape shape,
            @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> articles.list(uri, paging, filters, shape.selection()));
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get a published article by id or slug", description = "With its body. include: topics, meeting, "
            + "participants, organizations, sourceOrganization; fields; locale.")
    @APIResponse(responseCode = "200", description = "The article", content = @Content(schema = @Schema(implementation = ArticleContent.class)))
    @APIResponse(responseCode = "404", description = "No such published article")
    public Response get(@PathParam("idOrSlug") String idOrSlug, @BeanParam ArticleQuery.Shape shape, @BeanParam LocaleParam locale) {
        return responses.respond(() -> articles.get(idOrSlug, shape.selection()));
    }
}
