package cn.tongpin.client;

import jakarta.ws.rs.BeanParam;
import cn.tongpin.listing.Sorting;
import cn.tongpin.listing.Paging;
import cn.tongpin.idempotency.Created;
import cn.tongpin.idempotency.Idempotency;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.SortField;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Problem;
import cn.tongpin.web.ProblemException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/clients")
@Tag(name = "Clients (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ClientResource {


    @Inject
    ClientService service;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "List API clients", description = "Filter: kind. Sort: name, slug, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of clients")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListResponse<ClientView> list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting,
            @Parameter(description = "Filter by kind", schema = @Schema(implementation = ClientKind.class)) @QueryParam("kind") String kind) {
        ListParams params = ListParams.parse(paging, sorting.sort, ClientService.LIST.sortables(), List.of(new SortField("name", false)));
        return service.list(params, parseKind(kind));
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get an API client by id or slug")
    @APIResponse(responseCode = "200", description = "The client; ETag is its version", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("idOrSlug") String idOrSlug) {
        ClientView view = service.get(idOrSlug);
        return AdminApi.ok(view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API client", description = "Keys are issued separately under /clients/{id}/keys. Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug already used", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(ClientInput input, @Context UriInfo uri,
            @Parameter(description = "Makes a retried POST return the first result") @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.create(key, uri.getPath(), input, () -> {
            ClientView view = service.create(input);
            return new Created<>(URI.create(AdminApi.ROOT + "/clients/" + view.id()), view, view.version());
        });
    }

    @PUT
    @Path("{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an API client", description = "Needs If-Match with the ETag read before.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Slug already used", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("idOrSlug") String idOrSlug, ClientInput input, @HeaderParam("If-Match") String ifMatch) {
        ClientView view = service.replace(idOrSlug, input, ifMatch);
        return AdminApi.ok(view, view.version());
    }

    @PATCH
    @Path("{idOrSlug}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of an API client (JSON Merge Patch)", description = "Needs If-Match; null removes a field.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ClientView.class)))
    @APIResponse(responseCode = "400", description = "Invalid patch", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response patch(@PathParam("idOrSlug") String idOrSlug, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        ClientView view = service.patch(idOrSlug, patch, ifMatch);
        return AdminApi.ok(view, view.version());
    }

    @DELETE
    @Path("{idOrSlug}")
    @Operation(summary = "Delete an API client and all its keys", description = "Its keys stop working at once; the audit trail keeps their ids.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("idOrSlug") String idOrSlug, @HeaderParam("If-Match") String ifMatch) {
        service.delete(idOrSlug, ifMatch);
        return Response.noContent().build();
    }

    private static ClientKind parseKind(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return ClientKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("kind", "must be one of " + List.of(ClientKind.values()));
        }
    }
}
