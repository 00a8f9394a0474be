package cn.tongpin.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.search.SearchQuery;
import cn.tongpin.support.Fixtures;
import cn.tongpin.support.ImportedArticles;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Articles and meetings carry the names of what they are linked to; a rename must move them to the new name. */
@QuarkusTest
class RenameSearchTest {

    static final String SEARCH = "/content/v1/search";
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldFindArticlesMeetingsAndPeopleUnderAnOrganizationsNewName() {
        String oldName = ArticleDeliveryTest.word() + "集团";
        String newName = ArticleDeliveryTest.word() + "控股";
        String org = Fixtures.organization(oldName).with("kind", "company").slug();
        String person = Fixtures.participant("改名测试人").at(org, "董事长").slug();
        String meeting = Fixtures.meeting("年度合作座谈会").with("startsAt", "2025-03-01T09:00:00+08:00").with("status", "published")
                .hostedBy(org).attendedBy(person).slug();
        String article = Fixtures.article("年度合作见闻")
                .reportedBy(org).with("meeting", meeting).with("participants", List.of(person)).published().slug();
        given().queryParam("q", oldName).get(SEARCH).then().statusCode(200)
                .body("data.slug", hasItems(article, meeting, person, org));

        rename("/admin/v1/organizations/" + org, "name", newName);

        assertFoundOnlyUnder(newName, oldName, article, meeting);
        given().queryParam("q", newName).get(SEARCH).then().body("data.slug", hasItems(person, org));
    }

    @Test
    void shouldFindArticlesAndMeetingsUnderAParticipantsNewName() {
        String oldName = ArticleDeliveryTest.word() + "先生";
        String newName = ArticleDeliveryTest.word() + "女士";
        String org = Fixtures.organization("改名测试单位").with("kind", "other").slug();
        String person = Fixtures.participant(oldName).at(org, "主任").slug();
        String meeting = Fixtures.meeting("人物专访座谈会").with("startsAt", "2025-04-01T09:00:00+08:00").with("status", "published")
                .hostedBy(org).attendedBy(person).slug();
        String article = Fixtures.article("人物专访见闻")
                .reportedBy(org).with("meeting", meeting).with("participants", List.of(person)).published().slug();
        given().queryParam("q", oldName).get("/content/v1/articles").then().body("data.slug", equalTo(List.of(article)));

        rename("/admin/v1/participants/" + person, "name", newName);

        assertFoundOnlyUnder(newName, oldName, article, meeting);
    }

    @Test
    void shouldFindArticlesAndMeetingsUnderATopicsNewNameAfterAReplace() {
        String oldName = ArticleDeliveryTest.word() + "专题";
        String newName = ArticleDeliveryTest.word() + "栏目";
        String org = Fixtures.organization("专题测试单位").with("kind", "other").slug();
        String topic = Fixtures.topic(oldName).slug();
        String meeting = Fixtures.meeting("专题推进会").with("startsAt", "2025-05-01T09:00:00+08:00").with("status", "published")
                .hostedBy(org).with("topics", List.of(topic)).slug();
        String article = Fixtures.article("专题推进见闻")
                .reportedBy(org).with("topics", List.of(topic)).with("meeting", meeting).published().slug();
        given().queryParam("q", oldName).get("/content/v1/meetings").then().body("data.slug", equalTo(List.of(meeting)));

        String path = "/admin/v1/topics/" + topic;
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("slug", topic, "name", newName))
                .put(path).then().statusCode(200);

        assertFoundOnlyUnder(newName, oldName, article, meeting);
    }

    @Test
    void shouldFindArticlesUnderTheirMeetingsNewTitle() {
        String oldTitle = ArticleDeliveryTest.word() + "座谈会";
        String newTitle = ArticleDeliveryTest.word() + "恳谈会";
        String org = Fixtures.organization("会议测试单位").with("kind", "other").slug();
        String meeting = Fixtures.meeting(oldTitle).with("startsAt", "2025-06-01T09:00:00+08:00").with("status", "published")
                .hostedBy(org).slug();
        String article = Fixtures.article("会后报道").reportedBy(org).with("meeting", meeting).published().slug();
        given().queryParam("q", oldTitle).get("/content/v1/articles").then().body("data.slug", equalTo(List.of(article)));

        rename("/admin/v1/meetings/" + meeting, "title", newTitle);

        assertFoundOnlyUnder(newTitle, oldTitle, article, meeting);
    }

    @Test
    void shouldIndexThousandsOfArticlesAgainInBatchesWhenTheirTopicIsRenamed() throws SQLException {
        String oldName = ArticleDeliveryTest.word() + "批量";
        String newName = ArticleDeliveryTest.word() + "成批";
        String topic = Fixtures.topic(oldName).slug();
        UUID topicId = UUID.fromString(given().get("/admin/v1/topics/" + topic).then().extract().path("id"));
        // Drafts loaded around the service, as a bulk import would: no delivery answer or feed shows them, so the
        // stored tokens are checked in the table.
        int articles = 1500;
        String prefix = topic + "-bulk";
        assertEquals(articles, ImportedArticles.insert(dataSource, prefix, articles, "draft", 0, topicId));

        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        statistics.clear();
        rename("/admin/v1/topics/" + topic, "name", newName);
        long statements = statistics.getPrepareStatementCount();

        assertEquals(articles, matching(topicId, newName));
        assertEquals(0, matching(topicId, oldName));
        // A batch of rows takes a handful of statements (rows, each relation, the update), never some per row.
        assertTrue(statements < articles / 5, "indexing " + articles + " articles took " + statements + " statements");
    }

    /** Site search and the article and meeting lists find the two under the new name, and nothing under the old one. */
    private static void assertFoundOnlyUnder(String newName, String oldName, String article, String meeting) {
        given().queryParam("q", newName).queryParam("type", "article,meeting").get(SEARCH).then().statusCode(200)
                .body("data.slug", hasItems(article, meeting));
        given().queryParam("q", oldName).get(SEARCH).then().statusCode(200).body("data", empty());
        given().queryParam("q", newName).get("/content/v1/articles").then().statusCode(200)
                .body("data.slug", equalTo(List.of(article)));
        given().queryParam("q", oldName).get("/content/v1/articles").then().statusCode(200).body("data", empty());
        given().queryParam("q", newName).get("/content/v1/meetings").then().statusCode(200)
                .body("data.slug", equalTo(List.of(meeting)));
        given().queryParam("q", oldName).get("/content/v1/meetings").then().statusCode(200).body("data", empty());
    }

    private static void rename(String path, String field, String name) {
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        given().contentType(MERGE_PATCH).header("If-Match", etag).body(Map.of(field, name)).patch(path).then().statusCode(200);
    }

    /** Articles filed under the topic whose stored search tokens match the text. */
    private long matching(UUID topicId, String text) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from article a join article_topic t"
                        + " on t.article_id = a.id where t.topic_id = ? and a.search_vector @@ to_tsquery('simple', ?)")) {
            query.setObject(1, topicId);
            query.setString(2, SearchQuery.parse(text, "q").match());
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
