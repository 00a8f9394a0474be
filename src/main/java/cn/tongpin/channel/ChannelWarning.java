package cn.tongpin.channel;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something a channel had to change to fit its limits; the answer is still usable. */
@Schema(name = "ChannelWarning")
public record ChannelWarning(
        @Schema(description = "The field that was changed", example = "title") String field,
        @Schema(description = "What was done", example = "truncated") String code,
        @Schema(description = "For people", example = "title has 40 characters; WeChat allows 32, so it was shortened") String message,
        @Schema(nullable = true, description = "The limit, when one was exceeded", example = "32") Integer limit,
        @Schema(nullable = true, description = "The measured length (characters) or size (bytes)", example = "40") Long measured) {
}
