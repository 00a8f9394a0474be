package cn.tongpin.organization;

import cn.tongpin.editing.ItemDocs;
import cn.tongpin.editing.ItemDocs.Doc;
import cn.tongpin.editing.ItemDocs.Status;
import cn.tongpin.editing.ManagementResource;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sorting;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.QueryParams;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(AdminApi.ROOT + "/organizations")
@Tag(name = "Organizations (management)")
@Produces(MediaType.APPLICATION_JSON)
// Editors may read organizations; only admins change them (they define what editor keys are limited to).
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
@ItemDocs({
    @Doc(on = "POST", statuses = @Status(code = "422", description = OrganizationResource.UNPROCESSABLE)),
    @Doc(on = "PUT", statuses = @Status(code = "422", description = OrganizationResource.UNPROCESSABLE)),
    @Doc(on = "PATCH", statuses = @Status(code = "422", description = OrganizationResource.UNPROCESSABLE)),
    @Doc(on = "DELETE", description = "Refused while anything references it.",
            statuses = @Status(code = "409", description = "Still referenced; the answer names by what"))
})
public class OrganizationResource extends ManagementResource<OrganizationService, OrganizationInput, OrganizationView> {

    static final String UNPROCESSABLE = "Unknown parent or a cycle";

    @GET
    @Operation(description = "Filters: kind, parent (id or slug). Sort: name, slug, createdAt, updatedAt.")
    public ListResponse<OrganizationView> list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting,
            @Parameter(description = "Filter by kind", schema = @Schema(implementation = OrganizationKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Id or slug of the parent") @QueryParam("parent") String parent) {
        return service().list(paging, sorting.sort, QueryParams.enumeration(OrganizationKind.class, kind, "kind"), parent);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response create(OrganizationInput input, UriInfo uri, String key) {
        return super.create(input, uri, key);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<OrganizationView> replace(String idOrSlug, OrganizationInput input, String ifMatch) {
        return super.replace(idOrSlug, input, ifMatch);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<OrganizationView> patch(String idOrSlug, JsonNode patch, String ifMatch) {
        return super.patch(idOrSlug, patch, ifMatch);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public RestResponse<Void> delete(String idOrSlug, String ifMatch) {
        return super.delete(idOrSlug, ifMatch);
    }
}
