package cn.tongpin.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change a repair made: where (a UTF-16 offset in the text as that rule received it), the text
 * before and after, and the rule's name. {@code candidates} lists the other readings when the rule
 * had to choose (a Traditional character with more than one Simplified form), otherwise it is empty.
 */
@Schema(name = "ImportChange")
public record TextChange(
        @Schema(example = "2") int position,
        @Schema(example = "(yuǎn)") String before,
        @Schema(example = "") String after,
        @Schema(example = "pinyin-annotations") String rule,
        @Schema(description = "Every form the rule could have chosen, when more than one") java.util.List<String> candidates) {

    public TextChange(int position, String before, String after, String rule) {
        this(position, before, after, rule, java.util.List.of());
    }
}
