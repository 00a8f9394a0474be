package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.DeliveryEdge;
import cn.tongpin.delivery.cache.DeliveryResponses;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(DeliveryEdge.ROOT + "/organizations")
@Tag(name = "Organizations (delivery)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class OrganizationContentResource {

    @Inject
    OrganizationDelivery organizations;

    @Inject
    DeliveryResponses responses;

    @GET
    @Operation(summary = "List organizations", description = "Filters: kind, parent (id or slug). Sort: name (default), slug, "
            + "createdAt, updatedAt. include: parent, children, people, meetings. fields, locale, limit, cursor or page, count.")
    @APIResponse(responseCode = "200", description = "A page of organizations", content = @Content(schema = @Schema(implementation = Pages.Organizations.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    public Response list(@BeanParam Paging paging, @BeanParam Sorting.ByName sorting, @BeanParam DirectoryQuery.OrganizationFilters filters,
            @BeanParam DirectoryQuery.OrganizationShape shape, @BeanParam LocaleParam locale, @Context UriInfo uri) {
        return responses.respond(() -> organizations.list(uri, paging, sorting, filters, shape.selection()));
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get an organization by id or slug",
            description = "The organization page in one request: include=people,meetings,children,parent.")
    @APIResponse(responseCode = "200", description = "The organization", content = @Content(schema = @Schema(implementation = OrganizationContent.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date sent")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter")
    @APIResponse(responseCode = "404", description = "No such organization")
    public Response get(@PathParam("idOrSlug") String idOrSlug, @BeanParam DirectoryQuery.OrganizationShape shape,
            @BeanParam LocaleParam locale) {
        return responses.respond(() -> organizations.get(idOrSlug, shape.selection()));
    }
}
