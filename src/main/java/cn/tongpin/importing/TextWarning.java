package cn.tongpin.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A segment the import would not change on its own: where it is in the repaired text, what it is,
 * and, when re-decoding its bytes another way gives common words, the reading an editor may accept.
 */
@Schema(name = "ImportWarning")
public record TextWarning(
        @Schema(example = "rare-characters") String kind,
        @Schema(description = "UTF-16 offset in the repaired text", example = "12") int position,
        @Schema(example = "逶陡咝虑彻") String text,
        @Schema(nullable = true, description = "A likely reading, when one was found", example = "清远高新区") String candidate,
        @Schema(example = "Characters rare in news text in a row: probably text decoded with the wrong character set") String message) {
}
