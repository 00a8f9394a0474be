package cn.tongpin.topic;

import cn.tongpin.search.SearchIndex;
import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** What of a topic is searchable: its name (weighs most) and description. */
@ApplicationScoped
public class TopicSearch implements SearchSource {

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    @Override
    public String table() {
        return "topic";
    }

    @Override
    public void index(UUID id) {
        index(em.find(Topic.class, id));
    }

    void index(Topic t) {
        index.store("topic", t.id, t.name, t.description);
    }
}
