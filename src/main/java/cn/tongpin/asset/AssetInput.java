package cn.tongpin.asset;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;
import static cn.tongpin.web.TextRules.TEXT;
import static cn.tongpin.web.TextRules.TEXT_MESSAGE;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor may change about an image: the bytes never change, the words about them do. */
@Schema(name = "AssetInput")
public record AssetInput(
        @Schema(example = "清远高新区与清远广播电视台座谈会现场") @Size(max = 500) @Pattern(regexp = LINE, message = LINE_MESSAGE) String altText,
        @Schema(example = "座谈会现场。") @Size(max = 5000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String caption) {
}
