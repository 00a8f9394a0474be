package cn.tongpin.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One pass of the scheduler: publishes scheduled articles whose time has come and takes down
 * published ones whose unpublishAt has passed. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * any number of instances (or threads) can run it at once and each article is handled exactly once.
 * The claim is PostgreSQL's, so it is native SQL in the transaction's EntityManager; the articles
 * it claimed are then loaded and changed as entities.
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
        return due("select id from article where status = 'scheduled' and publish_at <= now()"
                + " order by publish_at, id limit " + BATCH + " for update skip locked", workflow::publishDue);
    }

    /** @return the ids of the articles this call took down */
    @Transactional
    public List<UUID> unpublishDue() {
        return due("select id from article where status = 'published' and unpublish_at <= now()"
                + " order by unpublish_at, id limit " + BATCH + " for update skip locked", workflow::unpublishDue);
    }

    /** Claims the due articles (other instances skip them) and takes the step on each. */
    private List<UUID> due(String sql, Consumer<Article> step) {
        List<UUID> ids = claim(sql);
        for (UUID id : ids) {
            step.accept(Article.findById(id));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> claim(String sql) {
        return em.createNativeQuery(sql, UUID.class).getResultList();
    }
}
