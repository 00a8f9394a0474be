package cn.tongpin.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field or parameter in a problem answer. */
@Schema(description = "A field or parameter that is not valid")
public record FieldError(
        @Schema(description = "JSON path of the field, or the query parameter", example = "title") String field,
        @Schema(description = "What is wrong with it", example = "must not be blank") String message) {
}
