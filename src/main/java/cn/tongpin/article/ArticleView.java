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
public record ArticleView(UUID id, String slug, String title, String subtitle, String summary,
        @Schema(description = "Whether the summary was made from the body") boolean summaryDerived,
        BodyFormat bodyFormat,
        @Schema(description = "The body as written: Markdown as sent, or the sanitised HTML") String body,
        @Schema(description = "The sanitised HTML every channel gets; images carry data-asset-id") String bodyHtml,
        @Schema(description = "The body as plain text") String bodyText,
        String byline, Ref sourceOrganization, Image coverImage, List<Ref> topics, Ref meeting, List<Ref> participants,
        List<Ref> organizations, String canonicalUrl, String sourceUrl, String locale, ArticleStatus status,
        OffsetDateTime publishAt, OffsetDateTime publishedAt, OffsetDateTime unpublishAt,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
        @Schema(description = "What partners may do with the article") SyndicationPolicy syndication) implements EditedView {

    /** A cover image: enough to show it without another request. */
    @Schema(name = "ArticleImage")
    public record Image(UUID id, String url, int width, int height, String altText) {
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
