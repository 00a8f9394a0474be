package cn.tongpin.asset;

import cn.tongpin.editing.EditableInput;
import com.fasterxml.jackson.annotation.JsonIgnore;
import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;
import static cn.tongpin.web.TextRules.TEXT;
import static cn.tongpin.web.TextRules.TEXT_MESSAGE;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an editor may change about an image: the bytes never change, the words about them do. */
@Schema(name = "AssetInput")
public record AssetInput(
        @Schema(example = "清远高新区与清远广播电视台座谈会现场") @Size(max = 500) @Pattern(regexp = LINE, message = LINE_MESSAGE) String altText,
        @Schema(example = "座谈会现场。") @Size(max = 5000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String caption,
        @Schema(description = "Where the subject is, 0–1 from the left (with focalY); crops centre on it", example = "0.5")
        @DecimalMin("0") @DecimalMax("1") Double focalX,
        @Schema(description = "Where the subject is, 0–1 from the top (with focalX)", example = "0.4")
        @DecimalMin("0") @DecimalMax("1") Double focalY) implements EditableInput {

    /** An image's slug comes from its file name at upload and is not edited. */
    @Override
    @JsonIgnore
    @Schema(hidden = true)
    public String slug() {
        return null;
    }

    @Override
    public String slugSource() {
        return null;
    }

    /** Words about an image without a focal point. */
    public AssetInput(String altText, String caption) {
        this(altText, caption, null, null);
    }

    @AssertTrue(message = "focalX and focalY are given together or not at all")
    @Schema(hidden = true)
    @JsonIgnore
    public boolean isFocalPointComplete() {
        return (focalX == null) == (focalY == null);
    }
}
