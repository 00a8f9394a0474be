package cn.tongpin.topic;

import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;

/** What of a topic is searchable: its name (weighs most) and description. */
@ApplicationScoped
public class TopicSearch extends SearchSource<Topic> {

    TopicSearch() {
        super("topic", Topic.class);
    }

    @Override
    protected String title(Topic t) {
        return t.name;
    }

    @Override
    protected List<String> body(Topic t) {
        return Arrays.asList(t.description);
    }
}
