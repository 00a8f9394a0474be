package cn.tongpin.article;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What partners may do with an article, as an editor writes it; what is left out keeps its default. */
@Schema(name = "SyndicationInput")
public record SyndicationInput(
        @Schema(description = "Partners may republish it; true when not given") Boolean republish,
        @Schema(nullable = true, description = "The line a republished copy must show; when empty, 来源： and the source organization",
                example = "来源：清远日报社") @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String attribution,
        @Schema(description = "Partners may edit it; false when not given") Boolean edits) {
}
