package cn.tongpin.organization;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/organizations")
@Tag(name = "Organizations (management)")
@Produces(MediaType.APPLICATION_JSON)
// Editors may read organizations; only admins change them (they define what editor keys are limited to).
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class OrganizationResource {


    @Inject
    OrganizationService service;

    @Inject
    Idempotency idempotency;

    @GET
    @Operation(summary = "List organizations", description = "Filters: kind, parent (id or slug). Sort: name, slug, createdAt, updatedAt.")
    @APIResponse(responseCode = "200", description = "A page of organizations")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    public ListResponse<OrganizationView> list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting,
            @Parameter(description = "Filter by kind", schema = @Schema(implementation = OrganizationKind.class)) @jakarta.ws.rs.QueryParam("kind") String kind,
            @Parameter(description = "Id or slug of the parent") @jakarta.ws.rs.QueryParam("parent") String parent) {
        ListParams params = ListParams.parse(paging, sorting.sort, OrganizationService.LIST.sortables(), List.of(new SortField("name", false)));
        return service.list(params, parseKind(kind), parent);
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get an organization by id or slug")
    @APIResponse(responseCode = "200", description = "The organization; ETag is its version", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "404", description = "No such organization")
    public Response get(@PathParam("idOrSlug") String idOrSlug) {
        OrganizationView view = service.get(idOrSlug);
        return AdminApi.ok(view, view.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organization", description = "Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "409", description = "Slug already used")
    @APIResponse(responseCode = "422", description = "Unknown parent or a cycle")
    public Response create(OrganizationInput input, @Context UriInfo uri,
            @Parameter(description = "Makes a retried POST return the first result") @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.create(key, uri.getPath(), input, () -> {
            OrganizationView view = service.create(input);
            return new Created<>(URI.create(AdminApi.ROOT + "/organizations/" + view.id()), view, view.version());
        });
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an organization", description = "Needs If-Match with the ETag read before.")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "409", description = "Slug already used")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "Unknown parent or a cycle")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response replace(@PathParam("idOrSlug") String idOrSlug, OrganizationInput input,
            @HeaderParam("If-Match") String ifMatch) {
        OrganizationView view = service.replace(idOrSlug, input, ifMatch);
        return AdminApi.ok(view, view.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @PATCH
    @Path("{idOrSlug}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of an organization (JSON Merge Patch)", description = "Needs If-Match; null removes a field.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid patch")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "Unknown parent or a cycle")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response patch(@PathParam("idOrSlug") String idOrSlug,
            @RequestBody(description = "The fields to change; null removes a field", content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = OrganizationInput.class))) JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        OrganizationView view = service.patch(idOrSlug, patch, ifMatch);
        return AdminApi.ok(view, view.version());
    }

    @RolesAllowed(Roles.ADMIN)
    @DELETE
    @Path("{idOrSlug}")
    @Operation(summary = "Delete an organization", description = "Refused while anything references it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such organization")
    @APIResponse(responseCode = "409", description = "Still referenced; the answer names by what")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response delete(@PathParam("idOrSlug") String idOrSlug, @HeaderParam("If-Match") String ifMatch) {
        service.delete(idOrSlug, ifMatch);
        return Response.noContent().build();
    }

    private static OrganizationKind parseKind(String kind) {
        if (kind == null) {
            return null;
        }
        try {
            return OrganizationKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("kind", "must be one of " + List.of(OrganizationKind.values()));
        }
    }
}
