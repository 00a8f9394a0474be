package cn.tongpin.channel;

import cn.tongpin.article.SyndicationPolicy;
import cn.tongpin.web.TextRules;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * One published article as every channel sees it: what the channel writers need and nothing else,
 * so they are pure functions of this record and can be tested without a database.
 *
 * @param bodyHtml    the sanitised body; images are {@code <img data-asset-id="…">}
 * @param images      the body's images by asset id (the cover need not be among them)
 * @param canonicalUrl absolute; the article's own, or the one the content-type template makes
 */
public record ChannelArticle(UUID id, String slug, String title, String byline, String summary, String bodyHtml,
        ChannelImage cover, Map<UUID, ChannelImage> images, String canonicalUrl, String sourceUrl,
        OffsetDateTime publishedAt, OffsetDateTime updatedAt, List<Term> topics, Term sourceOrganization,
        SyndicationPolicy syndication, String locale) {

    /**
     * Text stored before the text rules (or around them, by an import) may hold characters no channel
     * can carry; every channel gets this record, so they are dropped here, once, for all of them.
     */
    public ChannelArticle {
        title = TextRules.withoutUncarriable(title);
        byline = TextRules.withoutUncarriable(byline);
        summary = TextRules.withoutUncarriable(summary);
        bodyHtml = TextRules.withoutUncarriable(bodyHtml);
        images = images == null ? Map.of() : Map.copyOf(images);
        topics = topics == null ? List.of() : List.copyOf(topics);
        syndication = syndication == null ? SyndicationPolicy.DEFAULT : syndication.convertText(TextRules::withoutUncarriable);
        locale = locale == null ? "zh-Hans" : locale;
    }

    /** A related item named in a channel: a topic, the source organization. */
    public record Term(UUID id, String slug, String name, String url) {
        public Term {
            name = TextRules.withoutUncarriable(name);
        }
    }

    /** The same article with every human-readable text passed through {@code text} (e.g. to Traditional). */
    public ChannelArticle convertText(UnaryOperator<String> text, UnaryOperator<String> html, String newLocale) {
        return new ChannelArticle(id, slug, text.apply(title), text.apply(byline), text.apply(summary),
                html.apply(bodyHtml), cover == null ? null : cover.withAlt(text.apply(cover.alt())),
                images, canonicalUrl, sourceUrl, publishedAt, updatedAt,
                topics.stream().map(t -> new Term(t.id(), t.slug(), text.apply(t.name()), t.url())).toList(),
                sourceOrganization == null ? null
                        : new Term(sourceOrganization.id(), sourceOrganization.slug(), text.apply(sourceOrganization.name()),
                                sourceOrganization.url()),
                syndication.convertText(text), newLocale);
    }
}
