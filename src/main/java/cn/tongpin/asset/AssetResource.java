package cn.tongpin.asset;

import cn.tongpin.editing.ItemDocs;
import cn.tongpin.editing.ItemDocs.Doc;
import cn.tongpin.editing.ItemDocs.Status;
import cn.tongpin.editing.ItemEndpoints;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sorting;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path(AdminApi.ROOT + "/assets")
@Tag(name = "Assets (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
@ItemDocs(item = "image", value = {
    @Doc(on = "GET", summary = "Get an image's metadata by id or slug"),
    @Doc(on = "PUT", summary = "Replace an image's alt text and caption", description = "Needs If-Match."),
    @Doc(on = "PATCH", summary = "Change an image's alt text or caption (JSON Merge Patch)", description = "Needs If-Match; null removes a field."),
    @Doc(on = "DELETE", description = "Refused while an article shows it as cover or in its body.",
            statuses = @Status(code = "409", description = "In use by articles, which the answer names"))
})
public class AssetResource extends ItemEndpoints<AssetService, AssetInput, AssetView> {

    static final String PATH = AdminApi.ROOT + "/assets";

    @Inject
    AssetConfig config;

    /** With {@link #uploadRaw} one operation of the OpenAPI document (the same method and path), described here. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an image (multipart or raw body)", description = "Multipart: part 'file' with the bytes; optional parts "
            + "'altText' and 'caption'. Raw: the body is the image, with altText, caption and fileName as query parameters. "
            + "JPEG, PNG, WebP and GIF, decided by the bytes (the declared type is not trusted). The same bytes uploaded again "
            + "answer the existing asset with 200.")
    @APIResponse(responseCode = "201", description = "Stored; Location names it", content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "200", description = "These bytes were uploaded before: the existing asset", content = @Content(schema = @Schema(implementation = AssetView.class)))
    @APIResponse(responseCode = "400", description = "No file part, an empty body, an unknown parameter, or invalid alt text or caption")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit (10 MB by default)")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG, WebP or GIF image")
    @APIResponse(responseCode = "422", description = "Damaged or incomplete image, or more pixels than allowed")
    public Response uploadMultipart(@RestForm("file") FileUpload file, @RestForm("altText") String altText,
            @RestForm("caption") String caption) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.badRequest("Send the image in a part named 'file'", List.of(new FieldError("file", "is required")));
        }
        try {
            if (Files.size(file.uploadedFile()) > config.maxBytes()) {
                throw AssetService.tooLarge(config.maxBytes());
            }
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return answer(service().upload(bytes, file.fileName(), new AssetInput(altText, caption)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Described with {@link #uploadMultipart}. */
    @POST
    @Consumes({ "image/jpeg", "image/png", "image/webp", "image/gif", MediaType.APPLICATION_OCTET_STREAM })
    public Response uploadRaw(InputStream body, @Context UriInfo uri,
            @Parameter(description = "Original file name, shown only") @QueryParam("fileName") String fileName,
            @Parameter(description = "Text that describes the image to people who cannot see it") @QueryParam("altText") String altText,
            @Parameter(description = "Caption shown with the image") @QueryParam("caption") String caption) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.maxBytes() + 1));
            if (bytes.length > config.maxBytes()) {
                throw AssetService.tooLarge(config.maxBytes());
            }
            return answer(service().upload(bytes, fileName, new AssetInput(altText, caption)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response answer(AssetService.Upload upload) {
        URI location = URI.create(PATH + "/" + upload.asset().id());
        Response.ResponseBuilder response = upload.created() ? Response.created(location) : Response.ok().location(location);
        return response.tag(AdminApi.etag(upload.asset().version())).entity(upload.asset()).build();
    }

    @GET
    @Operation(description = "Filter: contentType. Sort: createdAt (default -createdAt), updatedAt, slug.")
    public ListResponse<AssetView> list(@BeanParam Paging paging, @BeanParam Sorting.Assets sorting,
            @Parameter(description = "Only assets of this media type, e.g. image/png") @QueryParam("contentType") String contentType) {
        return service().list(paging, sorting.sort, contentType);
    }
}
