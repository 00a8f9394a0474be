package cn.tongpin.importing;

import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/imports/bulk")
@Tag(name = "Backup (management)")
@RolesAllowed(Roles.ADMIN)
public class BulkResource {

    public static final String NDJSON = "application/x-ndjson";
    @Inject
    BulkImport bulk;

    /** What a bulk import did, type by type. */
    @Schema(name = "BulkImportResult")
    public record BulkImportResult(
            @Schema(description = "Rows inserted and rows already there (same primary key), by type",
                    example = "{\"organization\":{\"inserted\":12,\"skipped\":0}}") Map<String, BulkImport.Counts> types) {
    }

    @POST
    @Consumes({ NDJSON, MediaType.TEXT_PLAIN })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importBulk", summary = "Load an export into this database",
            description = "In one transaction. A row whose primary key is already there is skipped, so loading a stream twice changes "
                    + "nothing. The stream's schema version must be this database's. The body is what GET /admin/v1/export gave: one "
                    + "JSON object a line, a header first, e.g. `{\"type\":\"header\",\"format\":\"tongpin-export\",\"version\":1,"
                    + "\"schema\":\"9\"}` then `{\"type\":\"organization\",\"data\":{…}}` lines.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON))
    @APIResponse(responseCode = "200", description = "Loaded", content = @Content(schema = @Schema(implementation = BulkImportResult.class)))
    @APIResponse(responseCode = "400", description = "Not an export stream: the problem names the line")
    @APIResponse(responseCode = "403", description = "Not an admin key")
    @APIResponse(responseCode = "413", description = "Larger than the body limit (TONGPIN_MAX_BODY_SIZE)")
    @APIResponse(responseCode = "422", description = "A line does not fit (a reference to nothing, a slug taken, another schema version); "
            + "nothing was loaded")
    public BulkImportResult importBulk(InputStream body) {
        return new BulkImportResult(bulk.load(body));
    }
}
