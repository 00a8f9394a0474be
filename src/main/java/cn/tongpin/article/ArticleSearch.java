package cn.tongpin.article;

import cn.tongpin.meeting.Meeting;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.search.CopiedText;
import cn.tongpin.search.SearchSource;
import cn.tongpin.topic.Topic;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.Stream;

/**
 * What of an article is searchable: title and subtitle (weigh most), then summary, body text,
 * byline, and the names of its topics, people, organizations and meeting.
 */
@ApplicationScoped
public class ArticleSearch extends SearchSource<Article> {

    ArticleSearch() {
        super("article", Article.class, a -> (a.title == null ? "" : a.title) + " " + (a.subtitle == null ? "" : a.subtitle), ArticleSearch::body,
                CopiedText.of(Topic.class, t -> t.name, "select article_id from article_topic where topic_id = :id"),
                CopiedText.of(Participant.class, p -> p.name, "select article_id from article_participant where participant_id = :id"),
                CopiedText.of(Organization.class, o -> o.name, "select article_id from article_organization where organization_id = :id"
                        + " union select id from article where source_organization_id = :id"),
                CopiedText.of(Meeting.class, m -> m.title, "select id from article where meeting_id = :id"));
    }

    private static List<String> body(Article a) {
        return Stream.of(Stream.of(a.summary, a.bodyText, a.byline),
                a.topics.stream().map(t -> t.name),
                a.participants.stream().map(p -> p.name),
                a.organizations.stream().map(o -> o.name),
                Stream.of(a.sourceOrganization == null ? null : a.sourceOrganization.name, a.meeting == null ? null : a.meeting.title))
                .flatMap(texts -> texts).toList();
    }
}
