package cn.tongpin.importing;

import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/export")
@Tag(name = "Backup (management)", description = "Everything as NDJSON, and loading it into another database")
@RolesAllowed(Roles.ADMIN)
public class ExportResource {

    @Inject
    BulkExport export;

    @GET
    @Produces(BulkResource.NDJSON)
    @Operation(operationId = "exportAll", summary = "Export everything as NDJSON",
            description = "A header line, then one line per row: organizations, topics, participants and their positions, assets with "
                    + "their bytes, meetings with organizations, attendees, topics, activities and outcomes, articles with their "
                    + "relations and every revision, clients and their origins. API keys are left out: issue new ones after a restore. "
                    + "One consistent snapshot; the same data exports to the same bytes. Each line is one JSON object: "
                    + "`{\"type\":\"header\",\"format\":\"tongpin-export\",\"version\":1,\"schema\":\"9\"}` first, then "
                    + "`{\"type\":\"organization\",\"data\":{…}}` and so on.")
    @APIResponse(responseCode = "200", description = "The stream",
            content = @Content(mediaType = BulkResource.NDJSON, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not an admin key")
    public Response exportAll() {
        StreamingOutput stream = export::write;
        return Response.ok(stream, BulkResource.NDJSON).header("Content-Disposition", "attachment; filename=\"tongpin-export.ndjson\"").build();
    }

}
