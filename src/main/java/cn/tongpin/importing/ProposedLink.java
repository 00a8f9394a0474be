package cn.tongpin.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An existing item the import proposes to link, and the words in the text that named it. */
@Schema(name = "ProposedLink")
public record ProposedLink(
        @Schema(example = "0b8c6a3e-8f7d-4f8e-9a53-1f2c3d4e5f60") String id,
        @Schema(example = "zhou-qi-xian") String slug,
        @Schema(example = "周岐贤") String name,
        @Schema(description = "The words in the text that named it", example = "周岐贤") String matched) {
}
