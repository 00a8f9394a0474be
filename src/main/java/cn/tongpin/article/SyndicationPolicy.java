package cn.tongpin.article;

import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether partners may republish an article, the line they must show, and whether they may edit it. */
@Schema(name = "SyndicationPolicy", description = "What partner sites may do with the article")
public record SyndicationPolicy(
        @Schema(description = "Partners may republish the article") boolean republish,
        @Schema(nullable = true, description = "The attribution line a republished copy must show", example = "来源：清远高新区融媒体中心") String attribution,
        @Schema(description = "Partners may shorten or edit the text (otherwise only verbatim)") boolean edits) {

    /** Until an editor says otherwise: republishing with attribution, verbatim. */
    public static final SyndicationPolicy DEFAULT = new SyndicationPolicy(true, null, false);

    public SyndicationPolicy convertText(UnaryOperator<String> text) {
        return new SyndicationPolicy(republish, text.apply(attribution), edits);
    }

    /** This policy, with an attribution made from the source's name when the editor set none. */
    public SyndicationPolicy withDefaultAttribution(String sourceName) {
        return new SyndicationPolicy(republish, attributionOr(sourceName), edits);
    }

    /** The attribution line, or one made from the source's name when the editor set none. */
    public String attributionOr(String sourceName) {
        if (attribution != null && !attribution.isBlank()) {
            return attribution;
        }
        return sourceName == null || sourceName.isBlank() ? null : "来源：" + sourceName;
    }
}
