package cn.tongpin.meeting;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/meetings")
@Tag(name = "Meetings (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
@ItemDocs({
    @Doc(on = "POST", statuses = { @Status(code = "403", description = MeetingResource.OUTSIDE),
            @Status(code = "422", description = MeetingResource.UNKNOWN) }),
    @Doc(on = "PUT", statuses = { @Status(code = "403", description = MeetingResource.OUTSIDE),
            @Status(code = "422", description = MeetingResource.UNKNOWN) }),
    @Doc(on = "PATCH", statuses = { @Status(code = "403", description = MeetingResource.OUTSIDE),
            @Status(code = "422", description = MeetingResource.UNKNOWN) }),
    @Doc(on = "DELETE", description = "Refused while an article reports on it.",
            statuses = { @Status(code = "403", description = MeetingResource.OUTSIDE),
                @Status(code = "409", description = "Still used; the answer names the articles") })
})
public class MeetingResource extends ManagementResource<MeetingService, MeetingInput, MeetingView> {

    static final String OUTSIDE = "Outside the organizations of this key";
    static final String UNKNOWN = "A reference names nothing that exists";

    @GET
    @Operation(description = "Filters: kind, status, organization, participant, topic (ids or slugs), from, to (RFC 3339). Sort: startsAt (default -startsAt), title, slug, createdAt, updatedAt.")
    public ListResponse<MeetingView> list(@BeanParam Paging paging, @BeanParam Sorting.Meetings sorting, @BeanParam MeetingFilter filter) {
        return service().list(paging, sorting.sort, filter);
    }
}
