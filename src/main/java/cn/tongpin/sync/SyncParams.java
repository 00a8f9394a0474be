package cn.tongpin.sync;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters of {@code GET /content/v1/sync}, declared once for the parsing, the check and the document. */
public class SyncParams {

    @QueryParam("syncToken")
    @Parameter(name = "syncToken", in = ParameterIn.QUERY, description = "`nextSyncToken` of the last page of the previous sync: "
            + "answers what changed since. Without it (and without `pageToken`) the sync starts from the beginning. Opaque.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    public String syncToken;

    @QueryParam("pageToken")
    @Parameter(name = "pageToken", in = ParameterIn.QUERY, description = "`nextPageToken` of the previous page of this sync. "
            + "Not combined with `syncToken`. Opaque.", schema = @Schema(type = SchemaType.STRING, maxLength = 500))
    public String pageToken;

    @QueryParam("limit")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Items and tombstones per page.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + SyncService.MAX_LIMIT,
                    defaultValue = "" + SyncService.DEFAULT_LIMIT))
    public String limit;
}
