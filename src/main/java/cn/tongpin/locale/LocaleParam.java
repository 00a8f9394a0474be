package cn.tongpin.locale;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code locale} parameter of delivered content, declared once. {@link LocaleNegotiation} reads it
 * (with Accept-Language) where the answer is written.
 */
public class LocaleParam {

    @QueryParam(LocaleNegotiation.PARAMETER)
    @Parameter(name = LocaleNegotiation.PARAMETER, in = ParameterIn.QUERY, description = "Script of the answer, before Accept-Language: `zh-Hans` (Simplified, the default) or `zh-Hant` "
            + "(Traditional). `zh`, `zh-CN`, `zh-SG`, `zh-TW`, `zh-HK`, `zh-MO` and regional variants are also accepted, in any case.",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "zh-Hans", "zh-Hant", "zh", "zh-CN", "zh-SG", "zh-TW", "zh-HK",
                    "zh-MO" }))
    public String locale;
}
