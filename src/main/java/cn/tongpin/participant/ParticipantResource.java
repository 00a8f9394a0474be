package cn.tongpin.participant;

import cn.tongpin.editing.ItemDocs;
import cn.tongpin.editing.ItemDocs.Doc;
import cn.tongpin.editing.ItemDocs.Status;
import cn.tongpin.editing.ManagementResource;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sorting;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/participants")
@Tag(name = "Participants (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
@ItemDocs({
    @Doc(on = "POST", statuses = @Status(code = "422", description = "A position names an unknown organization")),
    @Doc(on = "PUT", statuses = @Status(code = "422", description = "A position names an unknown organization")),
    @Doc(on = "PATCH", statuses = @Status(code = "422", description = "A position names an unknown organization")),
    @Doc(on = "DELETE", description = "Refused while a meeting or an article names the participant.",
            statuses = @Status(code = "409", description = "Still used; the answer names by what"))
})
public class ParticipantResource extends ManagementResource<ParticipantService, ParticipantInput, ParticipantView> {

    @GET
    @Operation(description = "Filter: organization. Sort: name, slug, createdAt, updatedAt.")
    public ListResponse<ParticipantView> list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting,
            @Parameter(description = "Id or slug of an organization the participant holds or held a position at") @QueryParam("organization") String organization) {
        return service().list(paging, sorting.sort, organization);
    }
}
