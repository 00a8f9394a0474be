package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.DeliveryEdge;
import cn.tongpin.delivery.cache.DeliveryResponses;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sorting;
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

@Path(DeliveryEdge.ROOT + "/topics")
@Tag(name = "Topics (delivery)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class TopicContentResource {

    @Inject
    TopicDelivery topics;

    @Inject
    DeliveryResponses responses;

    @GET
    @Operation(summary = "List topics", description = "Sort: name (default), slug, createdAt, updatedAt. fields, locale, "
            + "limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of topics", content = @Content(schema = @Schema(implementation = Pages.Topics.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    public Response list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting,
            @BeanParam Fields fields, @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> topics.list(uri, paging, sorting, fields.selection(null, TopicContent.SHAPE)));
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get a topic by id or slug")
    @APIResponse(responseCode = "200", description = "The topic", content = @Content(schema = @Schema(implementation = TopicContent.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    @APIResponse(responseCode = "404", description = "No such topic")
    public Response get(@PathParam("idOrSlug") String idOrSlug, @BeanParam Fields fields,
            @BeanParam LocaleParam locale) {
        return responses.respond(() -> topics.get(idOrSlug, fields.selection(null, TopicContent.SHAPE)));
    }
}
