package cn.tongpin.meeting;

import jakarta.ws.rs.BeanParam;
import cn.tongpin.listing.Paging;
import cn.tongpin.idempotency.Created;
import cn.tongpin.idempotency.Idempotency;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sorting;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/meetings")
@Tag(name = "Meetings (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class MeetingResource {


    @Inject
    MeetingService service;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "List meetings", description = "Filters: kind, status, organization, participant, topic (ids or slugs), from, to (RFC 3339). Sort: startsAt (default -startsAt), title, slug, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of meetings")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    public ListResponse<MeetingView> list(@BeanParam Paging paging, @BeanParam Sorting.Meetings sorting, @BeanParam MeetingFilter filter) {
        return service.list(ListParams.parse(paging, sorting.sort, MeetingService.LIST.sortables(), List.of(new SortField("startsAt", true))),
                filter);
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get a meeting by id or slug")
    @APIResponse(responseCode = "200", description = "The topic; ETag is its version", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such meeting")
    public Response get(@PathParam("idOrSlug") String idOrSlug) {
        MeetingView view = service.get(idOrSlug);
        return AdminApi.ok(view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a meeting", description = "Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "Outside the organizations of this key")
    @APIResponse(responseCode = "409", description = "Slug already used")
    @APIResponse(responseCode = "422", description = "A reference names nothing that exists")
    public Response create(MeetingInput input, @Context UriInfo uri, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.create(key, uri.getPath(), input, () -> {
            MeetingView view = service.create(input);
            return new Created<>(URI.create(AdminApi.ROOT + "/meetings/" + view.id()), view, view.version());
        });
    }

    @PUT
    @Path("{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a meeting", description = "Needs If-Match with the ETag read before.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Slug already used")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replace(@PathParam("idOrSlug") String idOrSlug, MeetingInput input, @HeaderParam("If-Match") String ifMatch) {
        MeetingView view = service.replace(idOrSlug, input, ifMatch);
        return AdminApi.ok(view, view.version());
    }

    @PATCH
    @Path("{idOrSlug}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of a meeting (JSON Merge Patch)", description = "Needs If-Match; null removes a field.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid patch")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Slug already used")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response patch(@PathParam("idOrSlug") String idOrSlug,
            @RequestBody(description = "The fields to change; null removes a field", content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = MeetingInput.class))) JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        MeetingView view = service.patch(idOrSlug, patch, ifMatch);
        return AdminApi.ok(view, view.version());
    }

    @DELETE
    @Path("{idOrSlug}")
    @Operation(summary = "Delete a meeting", description = "Refused while content is filed under it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such meeting")
    @APIResponse(responseCode = "409", description = "Still referenced (by articles); the answer names by what")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response delete(@PathParam("idOrSlug") String idOrSlug, @HeaderParam("If-Match") String ifMatch) {
        service.delete(idOrSlug, ifMatch);
        return Response.noContent().build();
    }
}
