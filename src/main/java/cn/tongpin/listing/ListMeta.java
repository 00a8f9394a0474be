package cn.tongpin.listing;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Paging facts of a list answer. */
@Schema(name = "ListMeta")
public record ListMeta(
        @Schema(required = true, example = "20") int limit,
        @Schema(required = true, nullable = true, description = "Pass as cursor to get the next page; null on the last page",
                example = "eyJrIjoiMjAyNS0xMC0xMVQwOTozMDowMFoiLCJpZCI6IjBiNmQzYzFlIn0") String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Set when page was given") Integer page,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Set when count=true") Long total) {
}
