package cn.tongpin.delivery.read;

import cn.tongpin.article.SyndicationPolicy;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published article as the delivery API answers it. Relations are references unless included
 * (then the full items: hence {@code Object}, described by the {@code Expanded} schemas); lists
 * leave out the body unless {@code fields} names it.
 */
@Schema(name = "DeliveredArticle")
public record ArticleContent(UUID id, @Schema(example = "gao-xin-qu-yu-guang-dian-zuo-tan") String slug,
        @Schema(example = "高新区与广播电视台举行宣传合作座谈会") String title, @Schema(nullable = true) String subtitle,
        @Schema(description = "The WeChat digest") String summary,
        @Schema(description = "Sanitised HTML; in lists only when fields names it") String bodyHtml,
        @Schema(description = "Plain text, one line per block; in lists only when fields names it") String bodyText,
        @Schema(nullable = true) String byline,
        @Schema(nullable = true, description = "A reference, or the full organization with include=sourceOrganization", implementation = Expanded.Organization.class) Object sourceOrganization,
        @Schema(nullable = true) Image coverImage,
        @Schema(description = "References, or full topics with include=topics", type = SchemaType.ARRAY, implementation = Expanded.Topic.class) List<Object> topics,
        @Schema(nullable = true, description = "A reference, or the full meeting with include=meeting", implementation = Expanded.Meeting.class) Object meeting,
        @Schema(description = "References, or full participants with include=participants", type = SchemaType.ARRAY, implementation = Expanded.Participant.class) List<Object> participants,
        @Schema(description = "References, or full organizations with include=organizations", type = SchemaType.ARRAY, implementation = Expanded.Organization.class) List<Object> organizations,
        @Schema(nullable = true) String canonicalUrl, @Schema(nullable = true) String sourceUrl, @Schema(example = "zh-Hans") String locale, OffsetDateTime publishedAt,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, @Schema(example = "3") int version,
        @Schema(description = "What partners may do with the article") SyndicationPolicy syndication) {

    /** An image as answers show it; the bytes are at {@code url}. */
    @Schema(name = "DeliveredImage")
    public record Image(UUID id, @Schema(example = "/content/v1/assets/0b6d3c1e-2a4f-4f7e-9d1c-5e6f7a8b9c0d") String url,
            int width, int height, @Schema(nullable = true) String altText, @Schema(nullable = true) String caption) {
    }

    static final Set<String> FIELDS = Set.of("id", "slug", "title", "subtitle", "summary", "bodyHtml", "bodyText", "byline",
            "sourceOrganization", "coverImage", "topics", "meeting", "participants", "organizations", "canonicalUrl",
            "sourceUrl", "locale", "publishedAt", "createdAt", "updatedAt", "version", "syndication");
    /** What a list shows when fields is not given: everything but the body. */
    static final Set<String> LIST_FIELDS = FIELDS.stream().filter(f -> !f.equals("bodyHtml") && !f.equals("bodyText"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    static final Selection.Shape SHAPE = new Selection.Shape(FIELDS,
            Map.of("sourceOrganization", OrganizationContent.FIELDS, "topics", TopicContent.SHAPE.fields(),
                    "meeting", MeetingContent.FIELDS, "participants", ParticipantContent.FIELDS,
                    "organizations", OrganizationContent.FIELDS, "coverImage", Set.of("id", "url", "width", "height", "altText", "caption")),
            Set.of("sourceOrganization", "topics", "meeting", "participants", "organizations"));
}
