package cn.tongpin.listing;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list takes, declared once: the OpenAPI document describes these
 * fields, {@link cn.tongpin.web.DeclaredQueryParams} accepts them, and {@link ListParams#parse} reads them.
 * The values stay text here so that a malformed one is a problem that names it, not a framework 404.
 */
public class Paging {

    @QueryParam("limit")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Items per page.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
            minimum = "1", maximum = "100", defaultValue = "20"))
    public String limit;

    @QueryParam("cursor")
    @Parameter(name = "cursor", in = ParameterIn.QUERY, description = "Where the page starts: `meta.nextCursor` of the previous page (also in its `Link: rel=\"next\"`). "
            + "Opaque; not combined with `page`.", schema = @Schema(type = SchemaType.STRING, maxLength = 2000))
    public String cursor;

    @QueryParam("page")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1, for numbered pages; not combined with `cursor`.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "10000"))
    public String page;

    @QueryParam("count")
    @Parameter(name = "count", in = ParameterIn.QUERY, description = "`true` adds the number of all matching items as `meta.total`.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String count;
}
