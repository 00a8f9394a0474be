package cn.tongpin.article;

import static cn.tongpin.persistence.BaseEntity.require;
import static cn.tongpin.persistence.BaseEntity.requireAll;

import cn.tongpin.asset.Asset;
import cn.tongpin.meeting.Meeting;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.richtext.BodyFormat;
import cn.tongpin.richtext.RichText;
import cn.tongpin.richtext.Summaries;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Turns an article request into the entity's state (rendering the body, resolving references) and back. */
@ApplicationScoped
class ArticleAssembler {

    static final String DEFAULT_LOCALE = "zh-Hans";

    void apply(Article article, ArticleInput input) {
        article.title = blankToNull(input.title());
        article.subtitle = blankToNull(input.subtitle());
        applyBody(article, input.body(), input.bodyFormat() == null ? BodyFormat.markdown : input.bodyFormat());
        String summary = blankToNull(input.summary());
        article.summaryDerived = summary == null;
        article.summary = summary != null ? summary : Texts.fitColumn(Summaries.ofHtml(article.bodyHtml), Article.SUMMARY_LENGTH);
        article.byline = blankToNull(input.byline());
        article.sourceOrganization = input.sourceOrganization() == null ? null
                : require(Organization.class, input.sourceOrganization(), "sourceOrganization");
        article.coverImage = input.coverImage() == null ? null : require(Asset.class, input.coverImage(), "coverImage");
        article.meeting = input.meeting() == null ? null : require(Meeting.class, input.meeting(), "meeting");

        article.topics.clear();
        article.topics.addAll(requireAll(Topic.class, input.topics(), "topics"));
        article.participants.clear();
        article.participants.addAll(requireAll(Participant.class, input.participants(), "participants"));
        article.organizations.clear();
        article.organizations.addAll(requireAll(Organization.class, input.organizations(), "organizations"));
        article.canonicalUrl = blankToNull(input.canonicalUrl());
        article.sourceUrl = blankToNull(input.sourceUrl());
        article.locale = input.locale() == null ? DEFAULT_LOCALE : input.locale();
        article.publishAt = input.publishAt();
        article.unpublishAt = input.unpublishAt();
        SyndicationInput syndication = input.syndication();
        article.syndicationRepublish = syndication == null || syndication.republish() == null || syndication.republish();
        article.syndicationAttribution = syndication == null ? null : blankToNull(syndication.attribution());
        article.syndicationEdits = syndication != null && syndication.edits() != null && syndication.edits();
    }

    private static void applyBody(Article article, String body, BodyFormat format) {
        article.bodyFormat = format;
        article.bodyAssetIds.clear();
        if (body == null || body.isBlank()) {
            article.bodySource = null;
            article.bodyHtml = null;
            article.bodyText = null;
            return;
        }
        RichText rich = RichText.of(body, format);
        for (UUID asset : rich.assetIds()) {
            if (Asset.findById(asset) == null) {
                throw ProblemException.unprocessable("unknown_reference", "The body shows an image that is not an uploaded asset: " + asset,
                        List.of(new FieldError("body", "image " + asset + " is not an asset; upload it to /admin/v1/assets first")));
            }
        }
        article.bodyAssetIds.addAll(rich.assetIds());
        // Markdown is kept as written (it is text, and renders to sanitised HTML); HTML is kept only sanitised.
        article.bodySource = format == BodyFormat.markdown ? body : rich.html();
        article.bodyHtml = rich.html().isBlank() ? null : rich.html();
        article.bodyText = rich.text().isBlank() ? null : rich.text();
    }

    /** The request that would produce the article's current content; references by id, so renames do not matter. */
    static ArticleInput toInput(Article a) {
        return new ArticleInput(a.slug, a.title, a.subtitle, a.summaryDerived ? null : a.summary, a.bodySource, a.bodyFormat,
                a.byline, id(a.sourceOrganization == null ? null : a.sourceOrganization.id),
                id(a.coverImage == null ? null : a.coverImage.id),
                a.topics.stream().map(t -> t.id.toString()).sorted().toList(),
                id(a.meeting == null ? null : a.meeting.id),
                a.participants.stream().map(p -> p.id.toString()).sorted().toList(),
                a.organizations.stream().map(o -> o.id.toString()).sorted().toList(),
                a.canonicalUrl, a.sourceUrl, a.locale, a.publishAt, a.unpublishAt,
                new SyndicationInput(a.syndicationRepublish, a.syndicationAttribution, a.syndicationEdits));
    }

    private static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
