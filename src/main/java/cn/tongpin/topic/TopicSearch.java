package cn.tongpin.topic;

import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/** What of a topic is searchable: its name (weighs most) and description. */
@ApplicationScoped
public class TopicSearch extends SearchSource<Topic> {

    TopicSearch() {
        super("topic", Topic.class, t -> t.name, t -> Arrays.asList(t.description));
    }
}
