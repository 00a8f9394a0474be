package cn.tongpin.importing;

import cn.tongpin.article.ArticleView;
import cn.tongpin.idempotency.Created;
import cn.tongpin.idempotency.Idempotency;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/imports")
@Tag(name = "Imports (management)", description = "Stories as they arrive from the web: repaired, checked, linked, previewed, then created as drafts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
public class ImportResource {

    @Inject
    ImportService service;

    @Inject
    Idempotency idempotency;

    /** What an Idempotency-Key covers: the body and whether it commits. */
    record ImportRequest(ImportInput input, boolean commit) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewImport", summary = "Import a story: preview the draft, its repairs and warnings",
            description = "Takes plain text, Markdown, HTML or a WeChat article page. The answer is stored as a preview "
                    + "(Location) until expiresAt; commit it with POST /admin/v1/imports/{id}/commit, or send ?commit=true to create "
                    + "the draft article at once. Nothing is ever published. Send Idempotency-Key to make retries safe.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ImportInput.class),
            examples = @ExampleObject(name = "damaged", summary = "Traditional text with pinyin, boilerplate and half-width commas",
                    value = ImportExamples.DAMAGED_TEXT)))
    @APIResponse(responseCode = "201", description = "Previewed (Location: the preview) or, with commit=true, created (Location: the article)",
            content = @Content(schema = @Schema(implementation = ImportPreview.class),
                    examples = @ExampleObject(name = "preview", value = ImportExamples.PREVIEW)))
    @APIResponse(responseCode = "400", description = "Invalid body: no content, unknown format or repair name, bad locale or URL")
    @APIResponse(responseCode = "403", description = "With commit=true: outside the organizations of this key")
    @APIResponse(responseCode = "422", description = "Nothing to import, or a WeChat page without #js_content")
    public Response preview(ImportInput input,
            @Parameter(description = "Create the draft article at once") @QueryParam("commit") boolean commit,
            @Context UriInfo uri, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.create(key, uri.getPath(), new ImportRequest(input, commit), () -> {
            ImportPreview preview = service.preview(input);
            if (!commit) {
                return new Created<>(URI.create(AdminApi.ROOT + "/imports/" + preview.id()), preview, 1);
            }
            ArticleView article = service.commit(preview.id());
            return new Created<>(URI.create(AdminApi.ROOT + "/articles/" + article.id()), preview.committed(article.id().toString()), 1);
        });
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getImport", summary = "Get a stored import preview")
    @APIResponse(responseCode = "200", description = "The preview; articleId is set once committed",
            content = @Content(schema = @Schema(implementation = ImportPreview.class)))
    @APIResponse(responseCode = "404", description = "No such preview")
    @APIResponse(responseCode = "410", description = "The preview expired")
    public ImportPreview get(@PathParam("id") String id) {
        return service.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "discardImport", summary = "Discard a stored import preview",
            description = "Previews also go by themselves when they expire. A draft made from the preview stays.")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "404", description = "No such preview")
    public void discard(@PathParam("id") String id) {
        service.discard(id);
    }

    @POST
    @Path("{id}/commit")
    @Operation(operationId = "commitImport", summary = "Create the preview's draft article",
            description = "Through the article service, as a draft with the proposed relations; never published. Send Idempotency-Key "
                    + "to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names the article",
            content = @Content(schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "The draft breaks an article rule (the problem names the field)")
    @APIResponse(responseCode = "403", description = "Outside the organizations of this key")
    @APIResponse(responseCode = "404", description = "No such preview")
    @APIResponse(responseCode = "409", description = "The preview was already committed")
    @APIResponse(responseCode = "410", description = "The preview expired")
    public Response commit(@PathParam("id") String id, @Context UriInfo uri, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.create(key, uri.getPath(), id, () -> {
            ArticleView article = service.commit(id);
            return new Created<>(URI.create(AdminApi.ROOT + "/articles/" + article.id()), article, article.version());
        });
    }
}
