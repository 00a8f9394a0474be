package cn.tongpin.article;

import cn.tongpin.search.SearchIndex;
import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What of an article is searchable: title and subtitle (weigh most), then summary, body text,
 * byline, and the names of its topics, people, organizations and meeting.
 */
@ApplicationScoped
public class ArticleSearch implements SearchSource {

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    @Override
    public String table() {
        return "article";
    }

    @Override
    public void index(UUID id) {
        index(em.find(Article.class, id));
    }

    void index(Article a) {
        List<String> body = new ArrayList<>();
        body.add(a.summary);
        body.add(a.bodyText);
        body.add(a.byline);
        a.topics.forEach(t -> body.add(t.name));
        a.participants.forEach(p -> body.add(p.name));
        a.organizations.forEach(o -> body.add(o.name));
        if (a.sourceOrganization != null) {
            body.add(a.sourceOrganization.name);
        }
        if (a.meeting != null) {
            body.add(a.meeting.title);
        }
        String title = (a.title == null ? "" : a.title) + " " + (a.subtitle == null ? "" : a.subtitle);
        index.store("article", a.id, title, body.toArray(String[]::new));
    }
}
