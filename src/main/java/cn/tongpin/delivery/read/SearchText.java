package cn.tongpin.delivery.read;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code q} of the delivered lists that can be searched ({@link RankedSearch}), declared once. */
public class SearchText {

    @QueryParam("q")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Full-text search (Simplified or Traditional Chinese, Latin words, numbers); "
            + "the list then holds the matches.", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
    public String q;
}
