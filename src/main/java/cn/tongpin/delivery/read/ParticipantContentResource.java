package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.DeliveryEdge;
import cn.tongpin.delivery.cache.DeliveryResponses;
import cn.tongpin.listing.ListParams;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(DeliveryEdge.ROOT + "/participants")
@Tag(name = "Participants (delivery)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ParticipantContentResource {

    @Inject
    ParticipantDelivery participants;

    @Inject
    DeliveryResponses responses;

    @GET
    @Operation(summary = "List participants", description = "Filter: organization (id or slug; any position there, past or "
            + "present). Sort: name (default), slug, createdAt, updatedAt. include: meetings. fields, locale, limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of participants", content = @Content(schema = @Schema(implementation = Pages.Participants.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    public Response list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting, @BeanParam DirectoryQuery.ParticipantFilters filters,
            @BeanParam DirectoryQuery.ParticipantShape shape, @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> participants.list(uri, paging, sorting, filters, shape.selection()));
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get a participant by id or slug", description = "include=meetings adds the meetings attended, with the title held there.")
    @APIResponse(responseCode = "200", description = "The participant", content = @Content(schema = @Schema(implementation = ParticipantContent.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    @APIResponse(responseCode = "404", description = "No such participant")
    public Response get(@PathParam("idOrSlug") String idOrSlug, @BeanParam DirectoryQuery.ParticipantShape shape,
            @BeanParam LocaleParam locale) {
        return responses.respond(() -> participants.get(idOrSlug, shape.selection()));
    }

    @GET
    @Path("{idOrSlug}/timeline")
    @Operation(summary = "A participant's timeline", description = "The participant and the published meetings they attended "
            + "(with the title held then), newest first. limit 1–100, default 20; locale.")
    @APIResponse(responseCode = "200", description = "The timeline", content = @Content(schema = @Schema(implementation = Pages.Timeline.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    @APIResponse(responseCode = "404", description = "No such participant")
    public Response timeline(@PathParam("idOrSlug") String idOrSlug,
            @QueryParam("limit") @Parameter(description = "Meetings shown, newest first.", schema = @Schema(type = SchemaType.INTEGER,
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) String limit,
            @BeanParam LocaleParam locale) {
        return responses.respond(() -> participants.timeline(idOrSlug,
                ListParams.number(limit, "limit", ListParams.DEFAULT_LIMIT, 1, ListParams.MAX_LIMIT)));
    }
}
