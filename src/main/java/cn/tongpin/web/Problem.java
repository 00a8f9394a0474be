package cn.tongpin.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, as every error of the API is answered. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "/problems/validation") String type,
        @Schema(example = "Request is not valid") String title,
        @Schema(example = "400") int status,
        @Schema(description = "Stable machine-readable code", example = "validation") String code,
        @Schema(example = "1 field is not valid") String detail,
        @Schema(example = "/admin/v1/organizations") String instance,
        @Schema(example = "3f1c2a9e-6b7d-4c1e-9a55-1e2d3c4b5a69") String requestId,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
