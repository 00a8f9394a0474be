package cn.tongpin.article;

import cn.tongpin.meeting.Meeting;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.search.CopiedText;
import cn.tongpin.search.SearchSource;
import cn.tongpin.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * What of an article is searchable: title and subtitle (weigh most), then summary, body text,
 * byline, and the names of its topics, people, organizations and meeting.
 */
@ApplicationScoped
public class ArticleSearch extends SearchSource<Article> {

    private static final List<CopiedText<?>> COPIES = List.of(
            CopiedText.of(Topic.class, t -> t.name, "select article_id from article_topic where topic_id = :id"),
            CopiedText.of(Participant.class, p -> p.name, "select article_id from article_participant where participant_id = :id"),
            CopiedText.of(Organization.class, o -> o.name, "select article_id from article_organization where organization_id = :id"
                    + " union select id from article where source_organization_id = :id"),
            CopiedText.of(Meeting.class, m -> m.title, "select id from article where meeting_id = :id"));

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

    @Override
    protected List<CopiedText<?>> copies() {
        return COPIES;
    }
}
