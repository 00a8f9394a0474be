package cn.tongpin.article;

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
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path(AdminApi.ROOT + "/articles")
@Tag(name = "Articles (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
@ItemDocs({
    @Doc(on = "POST", summary = "Create an article (as a draft)", statuses = { @Status(code = "403", description = ArticleResource.OUTSIDE),
            @Status(code = "422", description = "A reference (or an image in the body) names nothing that exists") }),
    @Doc(on = "PUT", summary = "Replace an article's content", description = "Needs If-Match. The previous state stays readable as a revision.",
            statuses = { @Status(code = "403", description = ArticleResource.OUTSIDE),
                @Status(code = "422", description = ArticleResource.UNPROCESSABLE) }),
    @Doc(on = "PATCH", statuses = { @Status(code = "403", description = ArticleResource.OUTSIDE),
            @Status(code = "422", description = ArticleResource.UNPROCESSABLE) }),
    @Doc(on = "DELETE", description = "Its revisions go with it.", statuses = @Status(code = "403", description = ArticleResource.OUTSIDE))
})
public class ArticleResource extends ManagementResource<ArticleService, ArticleInput, ArticleView> {

    static final String OUTSIDE = "Outside the organizations of this key";
    static final String UNPROCESSABLE = "Unknown reference, or a live article would lose title, body or summary";

    @Inject
    ArticleWorkflow workflow;

    @GET
    @Operation(description = "Filters: status, topic, organization (source or mentioned), participant, "
            + "meeting (ids or slugs), publishedAfter, publishedBefore (RFC 3339), q (text in title, summary or body). "
            + "Sort: updatedAt (default -updatedAt), createdAt, publishedAt, title, slug.")
    public ListResponse<ArticleView> list(@BeanParam Paging paging, @BeanParam Sorting.Articles sorting, @BeanParam ArticleFilter filter) {
        return service().list(paging, sorting.sort, filter);
    }

    @POST
    @Path("{idOrSlug}/publish")
    @Operation(summary = "Publish now", description = "From draft, scheduled or archived. If-Match is checked when sent.")
    @APIResponse(responseCode = "200", description = "Published", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "Already published")
    @APIResponse(responseCode = "422", description = "Title, body or summary missing (the answer names them), or unpublishAt has passed")
    public RestResponse<ArticleView> publish(@PathParam("idOrSlug") String idOrSlug, @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.publish(idOrSlug, ifMatch));
    }

    @POST
    @Path("{idOrSlug}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule publication", description = "From draft, archived or scheduled (to move the time). "
            + "The article goes live at publishAt without anyone calling, and comes down at unpublishAt.")
    @APIResponse(responseCode = "200", description = "Scheduled", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "Already published")
    @APIResponse(responseCode = "422", description = "Title, body or summary missing, publishAt not in the future, or unpublishAt before it")
    public RestResponse<ArticleView> schedule(@PathParam("idOrSlug") String idOrSlug, ScheduleInput input, @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.schedule(idOrSlug, input, ifMatch));
    }

    @POST
    @Path("{idOrSlug}/unpublish")
    @Operation(summary = "Take down or step back", description = "published → archived; scheduled → draft; archived → draft.")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "409", description = "Already a draft")
    public RestResponse<ArticleView> unpublish(@PathParam("idOrSlug") String idOrSlug, @HeaderParam("If-Match") String ifMatch) {
        return ok(workflow.unpublish(idOrSlug, ifMatch));
    }

    @GET
    @Path("{idOrSlug}/revisions")
    @Operation(summary = "List an article's revisions", description = "Newest first: who, when, why and which fields changed.")
    @APIResponse(responseCode = "200", description = "Every revision")
    public ListResponse<RevisionView> revisions(@PathParam("idOrSlug") String idOrSlug) {
        return service().revisions(idOrSlug);
    }

    @GET
    @Path("{idOrSlug}/revisions/{number}")
    @Operation(summary = "Get one revision with the article's whole state in it")
    @APIResponse(responseCode = "200", description = "The revision", content = @Content(schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(responseCode = "404", description = "No such article or revision")
    public RevisionView revision(@PathParam("idOrSlug") String idOrSlug, @PathParam("number") int number) {
        return service().revision(idOrSlug, number);
    }

    @POST
    @Path("{idOrSlug}/revisions/{number}/restore")
    @Operation(summary = "Restore a revision's content", description = "A normal write (needs If-Match) that creates a new revision; "
            + "the workflow state stays as it is.")
    @APIResponse(responseCode = "200", description = "Restored", content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article or revision")
    @APIResponse(responseCode = "409", description = "The revision's slug is now used by another article")
    @APIResponse(responseCode = "422", description = "Something the revision refers to no longer exists, or a live article would lose title, body or summary")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public RestResponse<ArticleView> restore(@PathParam("idOrSlug") String idOrSlug, @PathParam("number") int number,
            @HeaderParam("If-Match") String ifMatch) {
        return ok(service().restore(idOrSlug, number, ifMatch));
    }
}
