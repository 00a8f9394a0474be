package cn.tongpin.article;

import cn.tongpin.change.ChangeKind;
import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** Announces each write of an article ({@link ContentChanged}), in the write's transaction. */
@ApplicationScoped
class ArticleChanges {

    @Inject
    EntityManager em;

    @Inject
    Event<ContentChanged> events;

    void fire(Article article, ChangeKind kind) {
        // The version moves when the write is flushed: flushing first makes the event carry the version written.
        em.flush();
        events.fire(new ContentChanged(ContentType.ARTICLE, article.id, article.slug, kind, article.version,
                article.status == ArticleStatus.published, organizationIds(article), topicIds(article)));
    }

    /** Deletes the article and announces it; what it belonged to is read while it is still there. */
    void delete(Article article) {
        Set<UUID> organizations = organizationIds(article);
        Set<UUID> topics = topicIds(article);
        article.delete();
        em.flush();
        events.fire(new ContentChanged(ContentType.ARTICLE, article.id, article.slug, ChangeKind.DELETED, article.version, false,
                organizations, topics));
    }

    private static Set<UUID> organizationIds(Article article) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (article.sourceOrganization != null) {
            ids.add(article.sourceOrganization.id);
        }
        article.organizations.forEach(o -> ids.add(o.id));
        return ids;
    }

    private static Set<UUID> topicIds(Article article) {
        Set<UUID> ids = new LinkedHashSet<>();
        article.topics.forEach(t -> ids.add(t.id));
        return ids;
    }
}
