package cn.tongpin.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleDeliveryTest {

    static final String BASE = "/content/v1/articles";

    static String word() {
        return Json.word("稿");
    }

    @Test
    void shouldShowOnlyPublishedArticlesEverywhere() {
        String w = word();
        String org = Fixtures.organization(w + "日报社").with("kind", "media").slug();
        String topic = Fixtures.topic(w + "专题").slug();
        String person = Fixtures.participant(w + "记者").at(org, "记者").slug();
        String meeting = Fixtures.meeting(w + "座谈会").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "published")
                .hostedBy(org).attendedBy(person).with("topics", List.of(topic)).slug();
        String published = Fixtures.article(w + "已发布")
                .reportedBy(org).with("topics", List.of(topic)).with("meeting", meeting).with("participants", List.of(person)).published().slug();
        String draft = Fixtures.article(w + "草稿")
                .reportedBy(org).with("topics", List.of(topic)).with("meeting", meeting).with("participants", List.of(person)).create().slug();
        String scheduled = Fixtures.article(w + "定时")
                .reportedBy(org).with("topics", List.of(topic)).with("meeting", meeting).with("participants", List.of(person)).scheduled().slug();
        String archived = Fixtures.article(w + "已归档")
                .reportedBy(org).with("topics", List.of(topic)).with("meeting", meeting).with("participants", List.of(person)).archived().slug();

        given().queryParam("topic", topic).get(BASE).then().statusCode(200).body("data.slug", contains(published));
        given().get(BASE + "/" + published).then().statusCode(200).body("bodyHtml", containsString("<p>"));
        for (String hidden : List.of(draft, scheduled, archived)) {
            given().get(BASE + "/" + hidden).then().statusCode(404);
        }
        given().queryParam("q", w).get(BASE).then().body("data.slug", contains(published));
        given().queryParam("q", w).queryParam("type", "article").get("/content/v1/search").then()
                .body("data.slug", contains(published)).body("meta.total", equalTo(1));
        given().queryParam("include", "articles").get("/content/v1/organizations/" + org).then()
                .body("articles.slug", contains(published));
        given().queryParam("include", "articles").get("/content/v1/meetings/" + meeting).then()
                .body("articles.slug", contains(published));
        given().queryParam("include", "articles").get("/content/v1/participants/" + person).then()
                .body("articles.slug", contains(published));
        given().get("/content/v1/participants/" + person + "/timeline").then()
                .body("data.type", hasItem("article")).body("data.article.slug", contains(published));
    }

    @Test
    void shouldTakeAnArticleDownAtOnceWhenUnpublished() {
        String w = word();
        String org = Fixtures.organization(w + "媒体").with("kind", "media").slug();
        String slug = Fixtures.article(w + "将撤下").reportedBy(org).published().slug();
        given().get(BASE + "/" + slug).then().statusCode(200);
        given().queryParam("organization", org).get(BASE).then().body("data", hasSize(1));
        given().queryParam("q", w).get("/content/v1/search").then().body("data", hasSize(2)); // the article and its organization
        given().post("/admin/v1/articles/" + slug + "/unpublish").then().statusCode(200);
        given().get(BASE + "/" + slug).then().statusCode(404);
        given().queryParam("organization", org).get(BASE).then().body("data", empty());
        given().queryParam("q", w).get("/content/v1/search").then().body("data.type", not(hasItem("article")));
    }

    @Test
    void shouldFilterArticles() {
        String w = word();
        String org = Fixtures.organization(w + "来源").with("kind", "media").slug();
        String topic = Fixtures.topic(w + "筛选").slug();
        String person = Fixtures.participant(w + "被提及").at(org, "主任").slug();
        String meeting = Fixtures.meeting(w + "会议").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "published")
                .hostedBy(org).slug();
        String a = Fixtures.article(w + "A稿")
                .reportedBy(org).with("topics", List.of(topic)).with("meeting", meeting).with("participants", List.of(person)).published().slug();
        String b = Fixtures.article(w + "B稿").reportedBy(org).published().slug();

        given().queryParam("organization", org).get(BASE).then().body("data.slug", contains(b, a));
        given().queryParam("topic", topic).get(BASE).then().body("data.slug", contains(a));
        given().queryParam("participant", person).get(BASE).then().body("data.slug", contains(a));
        given().queryParam("meeting", meeting).get(BASE).then().body("data.slug", contains(a));
        given().queryParam("organization", org).queryParam("publishedAfter", "2000-01-01T00:00:00Z").get(BASE).then()
                .body("data", hasSize(2));
        given().queryParam("organization", org).queryParam("publishedBefore", "2000-01-01T00:00:00Z").get(BASE).then()
                .body("data", empty());
        given().queryParam("organization", org).queryParam("sort", "title").get(BASE).then().body("data.slug", contains(a, b));
        for (String param : List.of("topic", "organization", "participant", "meeting")) {
            given().queryParam(param, "nothing-like-this").get(BASE).then().statusCode(400).body("errors[0].field", equalTo(param));
        }
        given().queryParam("publishedAfter", "yesterday").get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("publishedAfter"));
        given().queryParam("status", "draft").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldLeaveTheBodyOutOfListsUnlessAskedAndExpandIncludes() {
        String w = word();
        String org = Fixtures.organization(w + "单位").with("kind", "government").slug();
        String topic = Fixtures.topic(w + "主题").slug();
        String person = Fixtures.participant(w + "某人").at(org, "书记").slug();
        String meeting = Fixtures.meeting(w + "调研").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "published")
                .hostedBy(org).attendedBy(person).slug();
        String slug = Fixtures.article(w + "稿件")
                .reportedBy(org).with("topics", List.of(topic)).with("meeting", meeting).with("participants", List.of(person)).published().slug();

        given().queryParam("topic", topic).get(BASE).then()
                .body("data[0]", not(hasKey("bodyHtml"))).body("data[0].summary", equalTo(w + "稿件的摘要"))
                .body("data[0].topics[0].slug", equalTo(topic)).body("data[0].meeting.slug", equalTo(meeting));
        given().queryParam("topic", topic).queryParam("fields", "title,bodyHtml").get(BASE).then()
                .body("data[0].bodyHtml", containsString("座谈交流")).body("data[0]", not(hasKey("slug")));
        given().queryParam("include", "topics,meeting,participants,organizations,sourceOrganization").get(BASE + "/" + slug).then()
                .statusCode(200)
                .body("topics[0].description", equalTo(w + "主题工作"))
                .body("meeting.attendees[0].participant.slug", equalTo(person))
                .body("participants[0].positions[0].title", equalTo("书记"))
                .body("organizations[0].kind", equalTo("government"))
                .body("sourceOrganization.kind", equalTo("government"));
        given().queryParam("fields", "title,topics.name").queryParam("include", "topics").get(BASE + "/" + slug).then()
                .body("topics[0]", not(hasKey("slug"))).body("topics[0].name", equalTo(w + "主题"));
        given().queryParam("locale", "zh-Hant").get(BASE + "/" + slug).then()
                .body("bodyHtml", containsString("清遠高新區")).header("Content-Language", "zh-Hant");
    }

    @Test
    void shouldHideTheMeetingOfAnArticleWhileTheMeetingIsADraft() {
        String w = word();
        String org = Fixtures.organization(w + "主办").with("kind", "other").slug();
        String meeting = Fixtures.meeting(w + "未公开会议").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "draft")
                .hostedBy(org).slug();
        String slug = Fixtures.article(w + "报道").reportedBy(org).with("meeting", meeting).published().slug();
        given().queryParam("include", "meeting").get(BASE + "/" + slug).then().statusCode(200).body("meeting", nullValue());
        given().get(BASE + "/" + slug).then().body("meeting", nullValue());
    }

    @Test
    void shouldSearchArticlesInChineseTraditionalMixedAndTwoCharacters() {
        String w = word();
        String org = Fixtures.organization(w + "检索").with("kind", "media").slug();
        String slug = Fixtures.article(w + "直播电商助力企业").reportedBy(org).published().slug();
        for (String q : List.of(w, w + "直播", "直播電商" + " " + w, w + " 2021", w + " 400", "电商 " + w)) {
            given().queryParam("q", q).get(BASE).then().statusCode(200).body("data.slug", contains(slug));
        }
        given().queryParam("q", w + " 2099").get(BASE).then().body("data", empty());
    }

    @Test
    void shouldKeepArticleStatementsFlatAcrossPageSizes() {
        String w = word();
        String org = Fixtures.organization(w + "计数").with("kind", "media").slug();
        String topic = Fixtures.topic(w + "计数").slug();
        for (int i = 0; i < 5; i++) {
            String person = Fixtures.participant(w + "人" + i).at(org, "职员").slug();
            String meeting = Fixtures.meeting(w + "会" + i).with("startsAt", "2025-0" + (i + 1) + "-01T09:00:00+08:00").with("status", "published")
                    .hostedBy(org).attendedBy(person).with("topics", List.of(topic)).slug();
            Fixtures.article(w + "文" + i)
                    .reportedBy(org).with("topics", List.of(topic)).with("meeting", meeting).with("participants", List.of(person)).published().slug();
        }
        String include = "topics,meeting,participants,organizations,sourceOrganization";
        long one = Statements.count(() -> given().queryParam("topic", topic).queryParam("limit", 1).queryParam("include", include)
                .get(BASE).then().statusCode(200).body("data", hasSize(1)));
        long five = Statements.count(() -> given().queryParam("topic", topic).queryParam("limit", 5).queryParam("include", include)
                .get(BASE).then().statusCode(200).body("data", hasSize(5)));
        assertTrue(one > 0);
        assertEquals(one, five, "statements for 1 and 5 articles");
        long orgOne = Statements.count(() -> given().queryParam("include", "articles").queryParam("limit", 1)
                .queryParam("kind", "media").get("/content/v1/organizations").then().statusCode(200));
        long orgMany = Statements.count(() -> given().queryParam("include", "articles").queryParam("limit", 100)
                .queryParam("kind", "media").get("/content/v1/organizations").then().statusCode(200));
        assertEquals(orgOne, orgMany);
    }
}
