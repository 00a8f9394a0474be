package cn.tongpin.article;

import static cn.tongpin.reference.ReferringContent.Link.column;
import static cn.tongpin.reference.ReferringContent.Link.pairs;

import cn.tongpin.change.ContentType;
import cn.tongpin.reference.Referable;
import cn.tongpin.reference.ReferringContent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Articles point at their source and mentioned organizations, participants, topics, the meeting they
 * report on and the images they show: the cover, shown with its details, and those of the body, whose
 * HTML keeps what it says of them.
 */
@Singleton
class ArticleReferrers {

    @Produces
    @Singleton
    static ReferringContent articles() {
        return ReferringContent.of("article", ContentType.ARTICLE, 40).named("coalesce(r.title, r.slug)")
                .shownWhen("r.status = 'published'")
                .links(column(Referable.ORGANIZATION, "source_organization_id"),
                        pairs(Referable.ORGANIZATION, "article_organization", "article_id", "organization_id"),
                        pairs(Referable.PARTICIPANT, "article_participant", "article_id", "participant_id"),
                        pairs(Referable.TOPIC, "article_topic", "article_id", "topic_id"),
                        column(Referable.MEETING, "meeting_id"),
                        column(Referable.IMAGE, "cover_asset_id"),
                        pairs(Referable.IMAGE, "article_body_asset", "article_id", "asset_id").unshown());
    }
}
