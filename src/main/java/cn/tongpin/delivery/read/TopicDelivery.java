package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sortable;
import cn.tongpin.listing.Sorting;
import cn.tongpin.persistence.Rows;
import cn.tongpin.topic.Topic;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Topics for the delivery API: every topic is public. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicDelivery extends Delivery {

    static final ListQuery<Topic> LIST = ListQuery.ofEntities(Topic.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, t -> t.name));
    static final List<SortField> DEFAULT_SORT = List.of(new SortField("name", false));

    public Built list(UriInfo uri, Paging paging, Sorting.ByName sorting, Selection selection) {
        ListParams params = ListParams.parse(paging, sorting.sort, LIST.sortables(), DEFAULT_SORT);
        return page(uri, Paged.run(LIST, em, params, new Filter()), rows -> shape(rows, selection));
    }

    public Built get(String idOrSlug, Selection selection) {
        return one(Topic.findByIdOrSlug(idOrSlug), "topic", idOrSlug, rows -> shape(rows, selection));
    }

    private List<ObjectNode> shape(List<Topic> rows, Selection selection) {
        return rows.stream().map(t -> selection.apply(mapper.valueToTree(of(t)), TopicContent.SHAPE)).toList();
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

    static TopicContent of(Topic t) {
        return new TopicContent(t.id, t.slug, t.name, t.description, t.createdAt, t.updatedAt, t.version);
    }
}
