package cn.tongpin.article;

import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What of an article is searchable: title and subtitle (weigh most), then summary, body text,
 * byline, and the names of its topics, people, organizations and meeting.
 */
@ApplicationScoped
public class ArticleSearch extends SearchSource<Article> {

    ArticleSearch() {
        super("article", Article.class);
    }

    @Override
    protected String title(Article a) {
        return (a.title == null ? "" : a.title) + " " + (a.subtitle == null ? "" : a.subtitle);
    }

    @Override
    protected List<String> body(Article a) {
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
        return body;
    }
}
