package cn.tongpin.delivery.read;

import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Sortable;
import cn.tongpin.persistence.Rows;
import cn.tongpin.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Topics for the delivery API: every topic is public. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicDelivery extends Delivery<Topic, TopicContent> {

    static final ListQuery<Topic> LIST = ListQuery.ofEntities(Topic.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, t -> t.name));

    TopicDelivery() {
        super("topic", LIST, TopicContent.SHAPE, Topic::findByIdOrSlug, t -> true);
    }

    @Override
    List<TopicContent> build(List<Topic> rows, Selection selection) {
        return rows.stream().map(t -> new TopicContent(t.id, t.slug, t.name, t.description, t.createdAt, t.updatedAt, t.version))
                .toList();
    }

    /** Full topics by id, in one statement (for include=topics elsewhere). */
    Map<UUID, TopicContent> byIds(Collection<UUID> ids) {
        Map<UUID, TopicContent> topics = new HashMap<>();
        for (Object[] r : Rows.query(em, "select id, slug, name, description, created_at, updated_at, version"
                + " from topic where id in (:ids)", Map.of("ids", Rows.ids(ids)))) {
            topics.put(Rows.uuid(r[0]), new TopicContent(Rows.uuid(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                    Rows.time(r[4]), Rows.time(r[5]), Rows.integer(r[6])));
        }
        return topics;
    }
}
