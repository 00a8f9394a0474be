package cn.tongpin.delivery.search;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of {@code /content/v1/search}, declared once; {@link SiteSearch} reads them. */
public class SearchParams {

    @QueryParam("q")
    @Parameter(name = "q", in = ParameterIn.QUERY, required = true, description = "What to find: Simplified or Traditional Chinese, Latin words, numbers.",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100), example = "人工智能")
    public String q;

    @QueryParam("type")
    @Parameter(name = "type", in = ParameterIn.QUERY, description = "Only these types, comma-separated.", style = ParameterStyle.FORM, explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = Type.class))
    public String type;

    @QueryParam("topic")
    public String topic;

    @QueryParam("organization")
    public String organization;

    @QueryParam("year")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "Only hits of this year (China time).",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2200"))
    public String year;

    @QueryParam("limit")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Hits per page.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
            maximum = "100", defaultValue = "20"))
    public String limit;

    @QueryParam("page")
    @Parameter(name = "page", in = ParameterIn.QUERY, description = "Page number, from 1.", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
            maximum = "1000", defaultValue = "1"))
    public String page;

    @Schema(name = "SearchType", type = SchemaType.STRING, enumeration = { "article", "meeting", "organization", "participant",
            "topic" })
    static final class Type {
    }
}
