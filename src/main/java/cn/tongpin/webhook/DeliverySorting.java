package cn.tongpin.webhook;

import cn.tongpin.listing.SortKeys;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code sort} of a delivery log: newest first unless asked otherwise. */
public class DeliverySorting {

    @QueryParam("sort")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort keys, comma-separated; `-` before a key sorts descending."
            + " Default `-createdAt`.", style = ParameterStyle.FORM, explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.Keys.class))
    public String sort;
}
