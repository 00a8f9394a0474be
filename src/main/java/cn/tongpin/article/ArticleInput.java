package cn.tongpin.article;

import cn.tongpin.editing.EditableInput;
import static cn.tongpin.web.TextRules.LINE;
import static cn.tongpin.web.TextRules.LINE_MESSAGE;
import static cn.tongpin.web.TextRules.TEXT;
import static cn.tongpin.web.TextRules.TEXT_MESSAGE;
import static cn.tongpin.web.TextRules.URL;
import static cn.tongpin.web.TextRules.URL_MESSAGE;

import cn.tongpin.richtext.BodyFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as an editor writes it. A draft may lack anything but must be something; title, body
 * and summary are required to publish. The status changes only through the workflow operations.
 */
@Schema(name = "ArticleInput")
public record ArticleInput(
        @Schema(description = "Made from the title (pinyin) when not given") @Size(max = 100) String slug,
        @Schema(nullable = true, example = "清远高新区与清远广播电视台座谈 深化宣传合作") @Size(max = 300) @Pattern(regexp = LINE, message = LINE_MESSAGE) String title,
        @Schema(nullable = true) @Size(max = 300) @Pattern(regexp = LINE, message = LINE_MESSAGE) String subtitle,
        @Schema(nullable = true, description = "The digest; when empty, made from the body (first sentences, at most 120 characters)")
        @Size(max = 1000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String summary,
        @Schema(nullable = true, description = "Markdown or HTML as bodyFormat says; stored sanitised. Images must be assets: "
                + "![alt](asset:{id}) or <img src=\"/content/v1/assets/{id}\">")
        @Size(max = 500_000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) String body,
        @Schema(description = "markdown when not given", example = "markdown") BodyFormat bodyFormat,
        @Schema(nullable = true, example = "清远广播电视台记者") @Size(max = 200) @Pattern(regexp = LINE, message = LINE_MESSAGE) String byline,
        @Schema(nullable = true, description = "Id or slug of the organization the story comes from") @Size(max = 100) String sourceOrganization,
        @Schema(nullable = true, description = "Id or slug of the cover image (an asset)") @Size(max = 100) String coverImage,
        @Schema(description = "Ids or slugs of topics") @Size(max = 50) List<@NotBlank @Size(max = 100) String> topics,
        @Schema(nullable = true, description = "Id or slug of the meeting it reports on") @Size(max = 100) String meeting,
        @Schema(description = "Ids or slugs of participants mentioned") @Size(max = 200) List<@NotBlank @Size(max = 100) String> participants,
        @Schema(description = "Ids or slugs of organizations mentioned") @Size(max = 100) List<@NotBlank @Size(max = 100) String> organizations,
        @Schema(nullable = true) @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String canonicalUrl,
        @Schema(nullable = true, description = "Where the story first appeared") @Size(max = 1000) @Pattern(regexp = URL, message = URL_MESSAGE) String sourceUrl,
        @Schema(description = "zh-Hans when not given", example = "zh-Hans") @Size(max = 20)
        @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a language tag like zh-Hans") String locale,
        @Schema(nullable = true, description = "When a scheduled article goes live; change it with the schedule operation or here while scheduled")
        OffsetDateTime publishAt,
        @Schema(nullable = true, description = "When a published article is taken down (archived) by itself") OffsetDateTime unpublishAt,
        @Schema(description = "What partners may do with it; republishing verbatim with attribution when not given")
        @jakarta.validation.Valid SyndicationInput syndication) implements EditableInput {

    @Override
    public String slugSource() {
        return title;
    }


    /** An article without a syndication policy of its own. */
    public ArticleInput(String slug, String title, String subtitle, String summary, String body, BodyFormat bodyFormat,
            String byline, String sourceOrganization, String coverImage, List<String> topics, String meeting,
            List<String> participants, List<String> organizations, String canonicalUrl, String sourceUrl, String locale,
            OffsetDateTime publishAt, OffsetDateTime unpublishAt) {
        this(slug, title, subtitle, summary, body, bodyFormat, byline, sourceOrganization, coverImage, topics, meeting, participants,
                organizations, canonicalUrl, sourceUrl, locale, publishAt, unpublishAt, null);
    }
}
