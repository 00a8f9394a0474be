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

@Path(DeliveryEdge.ROOT + "/meetings")
@Tag(name = "Meetings (delivery)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class MeetingContentResource {

    @Inject
    MeetingDelivery meetings;

    @Inject
    DeliveryResponses responses;

    @GET
    @Operation(summary = "List published meetings", description = "Filters: organization, participant, topic (ids or slugs), "
            + "kind, from, to (RFC 3339), q (Chinese full-text search). Sort: startsAt (default -startsAt), title, slug, "
            + "createdAt, updatedAt; relevance (default with q). include: hostOrganization, organizations, attendees, topics. "
            + "fields, locale, limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of meetings", content = @Content(schema = @Schema(implementation = Pages.Meetings.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter, or an empty or unusable q")
    public Response list(@BeanParam Paging paging, @BeanParam MeetingQuery.Filters filters, @BeanParam MeetingQuery.Shape shape,
            @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> meetings.list(uri, paging, filters, shape.selection()));
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get a published meeting by id or slug",
            description = "The meeting page in one request: include=attendees,organizations,hostOrganization,topics.")
    @APIResponse(responseCode = "200", description = "The meeting", content = @Content(schema = @Schema(implementation = MeetingContent.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    @APIResponse(responseCode = "404", description = "No such published meeting")
    public Response get(@PathParam("idOrSlug") String idOrSlug, @BeanParam MeetingQuery.Shape shape, @BeanParam LocaleParam locale) {
        return responses.respond(() -> meetings.get(idOrSlug, shape.selection()));
    }
}
