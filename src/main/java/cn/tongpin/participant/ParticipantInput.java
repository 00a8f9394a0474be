package cn.tongpin.participant;

import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;
import static cn.tongpin.web.TextRules.TEXT;
import static cn.tongpin.web.TextRules.TEXT_MESSAGE;
import static cn.tongpin.web.TextRules.URL;
import static cn.tongpin.web.TextRules.URL_MESSAGE;

import cn.tongpin.editing.EditableInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant as an editor writes it; positions are replaced as a whole. */
@Schema(name = "ParticipantInput")
public record ParticipantInput(
        @Schema(description = "Made from the name (pinyin) when not given", example = "zhou-qi-xian") @Size(max = 100) String slug,
        @Schema(required = true, example = "周岐贤") @NotBlank @Size(max = 100) @Pattern(regexp = LINE, message = LINE_MESSAGE) String name,
        @Size(max = 10000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String bio,
        @Size(max = 500) @Pattern(regexp = URL, message = URL_MESSAGE) String photoUrl,
        @Schema(description = "Every position, current and past; several may be held at once") @Size(max = 50) List<@NotNull @Valid PositionInput> positions)
        implements EditableInput {

    @Override
    public String slugSource() {
        return name;
    }

    /** One position; {@code order} sorts them (list order when absent). */
    public record PositionInput(
            @Schema(required = true, description = "Id or slug of the organization", example = "qing-yuan-gao-xin-qu-guan-wei-hui") @NotBlank @Size(max = 100) String organization,
            @Schema(required = true, example = "管委会主任") @NotBlank @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String title,
            @Schema(example = "2021-03-01") LocalDate from,
            @Schema(description = "Empty while the position is held") LocalDate until,
            @Schema(example = "1") @Min(0) @Max(1000) Integer order) {
    }
}
