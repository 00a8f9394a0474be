package cn.tongpin.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * One pass of the scheduler: publishes scheduled articles whose time has come and takes down
 * published ones whose unpublishAt has passed. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * any number of instances (or threads) can run it at once and each article is handled exactly once.
 */
@ApplicationScoped
public class ArticleSchedule {

    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    ArticleWorkflow workflow;

    /** @return the ids of the articles this call published */
    @Transactional
    public List<UUID> publishDue() {
        List<UUID> ids = claim("select id from article where status = 'scheduled' and publish_at <= now()"
                + " order by publish_at, id limit " + BATCH + " for update skip locked");
        for (UUID id : ids) {
            Article article = em.find(Article.class, id);
            workflow.publishDue(article);
        }
        return ids;
    }

    /** @return the ids of the articles this call took down */
    @Transactional
    public List<UUID> unpublishDue() {
        List<UUID> ids = claim("select id from article where status = 'published' and unpublish_at <= now()"
                + " order by unpublish_at, id limit " + BATCH + " for update skip locked");
        for (UUID id : ids) {
            Article article = em.find(Article.class, id);
            workflow.unpublishDue(article);
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claim(String sql) {
        return em.createNativeQuery(sql, UUID.class).getResultList();
    }
}
