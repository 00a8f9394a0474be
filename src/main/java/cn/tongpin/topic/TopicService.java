package cn.tongpin.topic;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Sortable;
import cn.tongpin.slug.Slugs;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.References;
import cn.tongpin.web.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Topics: slugs and no deletion while content is filed under them. */
@ApplicationScoped
@Transactional
public class TopicService {

    static final ListQuery<Topic> LIST = ListQuery.of(Topic.class, t -> t.id, List.of(
            Sortable.of("name", "e.name", Sortable.Type.STRING, t -> t.name),
            Sortable.of("slug", "e.slug", Sortable.Type.STRING, t -> t.slug),
            Sortable.of("createdAt", "e.createdAt", Sortable.Type.TIMESTAMP, t -> t.createdAt),
            Sortable.of("updatedAt", "e.updatedAt", Sortable.Type.TIMESTAMP, t -> t.updatedAt)));

    @Inject
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    ObjectMapper mapper;

    public ListResponse<TopicView> list(ListParams params) {
        return LIST.run(em, params, new Filter()).map(TopicView::of);
    }

    public TopicView get(String idOrSlug) {
        return TopicView.of(find(idOrSlug));
    }

    public TopicView create(TopicInput input) {
        validation.check(input);
        Topic topic = new Topic();
        topic.slug = Slugs.choose(input.slug(), input.name(), "topic", s -> Topic.slugTaken(s, null));
        apply(topic, input);
        topic.persistAndFlush();
        return TopicView.of(topic);
    }

    public TopicView replace(String idOrSlug, TopicInput input, String ifMatch) {
        Topic topic = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, topic.version, true);
        validation.check(input);
        if (input.slug() != null && !input.slug().equals(topic.slug)) {
            topic.slug = Slugs.choose(input.slug(), input.name(), "topic", s -> Topic.slugTaken(s, topic.id));
        }
        apply(topic, input);
        topic.touch();
        em.flush();
        return TopicView.of(topic);
    }

    public TopicView patch(String idOrSlug, JsonNode patch, String ifMatch) {
        Topic topic = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, topic.version, true);
        TopicInput current = new TopicInput(topic.slug, topic.name, topic.description);
        return replace(topic.id.toString(), MergePatch.apply(mapper, current, patch, TopicInput.class), ifMatch);
    }

    public void delete(String idOrSlug, String ifMatch) {
        Topic topic = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, topic.version, false);
        References.requireNone("topic", List.of(References.describe("meeting", "meetings", names(
                "select m.title from meeting m join meeting_topic mt on mt.meeting_id = m.id where mt.topic_id = ?1 order by m.title",
                topic))));
        topic.delete();
        em.flush();
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String sql, Topic topic) {
        return em.createNativeQuery(sql).setParameter(1, topic.id).setMaxResults(50).getResultList();
    }

    private Topic find(String idOrSlug) {
        return Topic.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound("topic", idOrSlug));
    }

    private static void apply(Topic topic, TopicInput input) {
        topic.name = input.name().strip();
        topic.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
    }
}
