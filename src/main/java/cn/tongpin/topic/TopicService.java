package cn.tongpin.topic;

import cn.tongpin.change.ContentType;
import cn.tongpin.editing.EditingService;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Sortable;
import cn.tongpin.web.References;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Topics: slugs and no deletion while content is filed under them. */
@ApplicationScoped
@Transactional
public class TopicService extends EditingService<Topic, TopicInput, TopicView> {

    TopicService() {
        super(Topic.class, TopicInput.class, ContentType.TOPIC, Topic::new);
    }

    static final ListQuery<Topic> LIST = ListQuery.ofEntities(Topic.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, t -> t.name));

    public ListResponse<TopicView> list(ListParams params) {
        return list(LIST, params, new Filter());
    }

    @Override
    protected void checkCanDelete(Topic topic) {
        @SuppressWarnings("unchecked")
        List<String> meetings = em.createNativeQuery("select m.title from meeting m join meeting_topic mt on mt.meeting_id = m.id"
                + " where mt.topic_id = ?1 order by m.title").setParameter(1, topic.id).setMaxResults(50).getResultList();
        @SuppressWarnings("unchecked")
        List<String> articles = em.createNativeQuery("select coalesce(a.title, a.slug) from article a join article_topic at"
                + " on at.article_id = a.id where at.topic_id = ?1 order by 1").setParameter(1, topic.id).setMaxResults(50).getResultList();
        References.requireNone("topic", List.of(References.describe("meeting", "meetings", meetings),
                References.describe("article", "articles", articles)));
    }

    @Inject
    TopicSearch search;

    @Override
    protected void written(Topic topic) {
        search.index(topic);
    }

    @Override
    protected java.util.Set<java.util.UUID> topicIds(Topic topic) {
        return java.util.Set.of(topic.id);
    }

    @Override
    protected void apply(Topic topic, TopicInput input) {
        topic.name = input.name().strip();
        topic.description = blankToNull(input.description());
    }

    @Override
    protected TopicInput toInput(Topic topic) {
        return new TopicInput(topic.slug, topic.name, topic.description);
    }

    @Override
    protected TopicView view(Topic topic) {
        return TopicView.of(topic);
    }
}
