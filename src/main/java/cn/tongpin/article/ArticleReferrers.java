package cn.tongpin.article;

import cn.tongpin.reference.Referable;
import cn.tongpin.reference.TableReferrers;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Articles point at their source and mentioned organizations, participants, topics, the meeting they
 * report on and the images they show (cover or body).
 */
@ApplicationScoped
class ArticleReferrers extends TableReferrers {

    ArticleReferrers() {
        super("article", "articles", 40);
    }

    @Override
    protected String query(Referable type) {
        String where = switch (type) {
            case ORGANIZATION -> "a.source_organization_id = ?1"
                    + " or exists (select 1 from article_organization ao where ao.article_id = a.id and ao.organization_id = ?1)";
            case PARTICIPANT -> "exists (select 1 from article_participant ap where ap.article_id = a.id and ap.participant_id = ?1)";
            case TOPIC -> "exists (select 1 from article_topic at where at.article_id = a.id and at.topic_id = ?1)";
            case MEETING -> "a.meeting_id = ?1";
            case IMAGE -> "a.cover_asset_id = ?1"
                    + " or exists (select 1 from article_body_asset b where b.article_id = a.id and b.asset_id = ?1)";
        };
        return "select coalesce(a.title, a.slug) from article a where " + where + " order by 1";
    }
}
