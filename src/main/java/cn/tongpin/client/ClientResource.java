package cn.tongpin.client;

import cn.tongpin.editing.ItemDocs;
import cn.tongpin.editing.ItemDocs.Doc;
import cn.tongpin.editing.ManagementResource;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sorting;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/clients")
@Tag(name = "Clients (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@ItemDocs(item = "API client", value = {
    @Doc(on = "POST", description = "Keys are issued separately under /clients/{id}/keys. Send Idempotency-Key to make retries safe."),
    @Doc(on = "DELETE", summary = "Delete an API client and all its keys",
            description = "Its keys stop working at once; the audit trail keeps their ids.")
})
public class ClientResource extends ManagementResource<ClientService, ClientInput, ClientView> {

    @GET
    @Operation(description = "Filter: kind. Sort: name, slug, createdAt, updatedAt.")
    public ListResponse<ClientView> list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting,
            @Parameter(description = "Filter by kind", schema = @Schema(implementation = ClientKind.class)) @QueryParam("kind") String kind) {
        return service().list(paging, sorting.sort, QueryParams.enumeration(ClientKind.class, kind, "kind"));
    }
}
