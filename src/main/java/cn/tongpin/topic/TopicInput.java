package cn.tongpin.topic;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;
import static cn.tongpin.web.TextRules.TEXT;
import static cn.tongpin.web.TextRules.TEXT_MESSAGE;

import cn.tongpin.editing.EditableInput;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic as an editor writes it. */
@Schema(name = "TopicInput")
public record TopicInput(
        @Schema(description = "Made from the name (pinyin) when not given", example = "dang-jian") @Size(max = 100) String slug,
        @Schema(required = true, example = "党建") @NotBlank @Size(max = 100) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
        @Schema(example = "党的建设工作") @Size(max = 2000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String description)
        implements EditableInput {

    @Override
    public String slugSource() {
        return name;
    }
}
