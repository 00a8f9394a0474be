package cn.tongpin.importing;

import static cn.tongpin.web.TextRules.URL;
import static cn.tongpin.web.TextRules.URL_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story as it arrived, to be repaired and previewed as a draft article. */
@Schema(name = "ImportInput")
public record ImportInput(
        @Schema(description = "The text, Markdown or HTML as it arrived (damage and all)", example = "清遠(yuǎn)高新區(qū)與清遠廣播電視臺座談\n10月11日，...")
        @NotBlank @Size(max = 1_000_000) String content,
        @Schema(description = "What content is", example = "text") @NotNull SourceFormat format,
        @Schema(description = "The article's locale; Traditional is converted to Simplified only for zh-Hans. zh-Hans when not given",
                example = "zh-Hans") @Size(max = 20)
        @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag like zh-Hans") String locale,
        @Schema(description = "Where the story was found; kept as the article's source URL and used to resolve relative links",
                example = "https://www.example.cn/news/1.html")
        @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String sourceUrl,
        @Schema(description = "Names of repairs to leave out: pinyin-annotations, traditional-to-simplified, punctuation, spacing, boilerplate",
                example = "[\"punctuation\"]")
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> skipRepairs) {
}
