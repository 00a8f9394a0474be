package cn.tongpin.topic;

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

@Path(AdminApi.ROOT + "/topics")
@Tag(name = "Topics (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
@ItemDocs(@Doc(on = "DELETE", description = "Refused while content is filed under it.",
        statuses = @Status(code = "409", description = "Still used; the answer names by what")))
public class TopicResource extends ManagementResource<TopicService, TopicInput, TopicView> {

    @GET
    @Operation(description = "Sort: name, slug, createdAt, updatedAt.")
    public ListResponse<TopicView> list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting) {
        return service().list(paging, sorting.sort);
    }
}
