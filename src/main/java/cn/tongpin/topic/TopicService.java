package cn.tongpin.topic;

import cn.tongpin.change.ContentType;
import cn.tongpin.editing.EditingService;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sortable;
import cn.tongpin.reference.Referable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Topics: slugs and no deletion while content is filed under them. */
@ApplicationScoped
@Transactional
public class TopicService extends EditingService<Topic, TopicInput, TopicView> {

    TopicService() {
        super(Topic.class, TopicInput.class, ContentType.TOPIC, Topic::new, Referable.TOPIC, TopicView::of);
    }

    static final ListQuery<Topic> LIST = ListQuery.ofEntities(Topic.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, t -> t.name));

    public ListResponse<TopicView> list(Paging paging, String sort) {
        return list(LIST, "name", paging, sort, new Filter());
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
}
