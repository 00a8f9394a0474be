package cn.tongpin.article;

import cn.tongpin.editing.EditedView;
import cn.tongpin.asset.Asset;
import cn.tongpin.richtext.BodyFormat;
import cn.tongpin.web.Ref;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as the management API answers it. */
@Schema(name = "Article")
public record ArticleView(UUID id, @Schema(example = "hitech-zone-radio-tv-symposium-report") String slug,
        @Schema(nullable = true, description = "Null only in a draft not yet given one", example = "清远高新区与清远广播电视台座谈：党媒资源助力园区发展")
        String title,
        @Schema(nullable = true, example = "双方商定深化宣传合作，以直播电商服务园区企业") String subtitle,
        @Schema(nullable = true, description = "The WeChat digest", example = "清远高新区代表团到访清远广播电视台，双方商议进一步加强宣传合作。") String summary,
        @Schema(description = "Whether the summary was made from the body") boolean summaryDerived,
        BodyFormat bodyFormat,
        @Schema(nullable = true, description = "The body as written: Markdown as sent, or the sanitised HTML",
                example = "## 先参观，再座谈\n\n座谈前，代表团走进电视台的主播矩阵、党员墙和文化客厅。") String body,
        @Schema(nullable = true, description = "The sanitised HTML every channel gets; images carry data-asset-id",
                example = "<h2>先参观，再座谈</h2><p>座谈前，代表团走进电视台的主播矩阵、党员墙和文化客厅。</p>") String bodyHtml,
        @Schema(nullable = true, description = "The body as plain text", example = "先参观，再座谈\n座谈前，代表团走进电视台的主播矩阵、党员墙和文化客厅。")
        String bodyText,
        @Schema(nullable = true, example = "高新区融媒体中心") String byline, @Schema(nullable = true) Ref sourceOrganization,
        @Schema(nullable = true) Image coverImage, List<Ref> topics, @Schema(nullable = true) Ref meeting, List<Ref> participants,
        List<Ref> organizations, @Schema(nullable = true) String canonicalUrl, @Schema(nullable = true) String sourceUrl,
        @Schema(example = "zh-Hans") String locale, ArticleStatus status,
        @Schema(nullable = true) OffsetDateTime publishAt, @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true) OffsetDateTime unpublishAt,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, @Schema(example = "3") int version,
        @Schema(description = "What partners may do with the article") SyndicationPolicy syndication) implements EditedView {

    /** A cover image: enough to show it without another request. */
    @Schema(name = "ArticleImage")
    public record Image(UUID id, String url, int width, int height, @Schema(nullable = true) String altText) {
        static Image of(Asset a) {
            return a == null ? null : new Image(a.id, a.url(), a.width, a.height, a.altText);
        }
    }

    static ArticleView of(Article a) {
        return new ArticleView(a.id, a.slug, a.title, a.subtitle, a.summary, a.summaryDerived, a.bodyFormat, a.bodySource,
                a.bodyHtml, a.bodyText, a.byline,
                a.sourceOrganization == null ? null : a.sourceOrganization.ref(), Image.of(a.coverImage),
                sorted(a.topics.stream().map(t -> t.ref()).toList()),
                a.meeting == null ? null : a.meeting.ref(),
                sorted(a.participants.stream().map(p -> p.ref()).toList()),
                sorted(a.organizations.stream().map(o -> o.ref()).toList()),
                a.canonicalUrl, a.sourceUrl, a.locale, a.status, a.publishAt, a.publishedAt, a.unpublishAt,
                a.createdAt, a.updatedAt, a.version, a.syndication());
    }

    private static List<Ref> sorted(List<Ref> refs) {
        return refs.stream().sorted(Comparator.comparing(Ref::slug)).toList();
    }
}
