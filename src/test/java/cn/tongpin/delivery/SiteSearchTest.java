package cn.tongpin.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SiteSearchTest {

    static final String SEARCH = "/content/v1/search";

    static String word() {
        return Json.word("宏");
    }

    @Test
    void shouldSearchEveryTypeWithFacetsAndSnippets() {
        String w = word();
        String org = Fixtures.organization(w + "产业园").with("kind", "company").slug();
        String topic = Fixtures.topic(w + "专题").slug();
        String person = Fixtures.participant(w + "先生").at(org, "董事长").slug();
        String meeting = Fixtures.meeting(w + "推进会").with("startsAt", "2024-06-01T09:00:00+08:00").with("status", "published")
                .hostedBy(org).attendedBy(person).with("topics", List.of(topic)).slug();
        String draft = Fixtures.meeting(w + "草稿会").with("startsAt", "2025-06-01T09:00:00+08:00").with("status", "draft")
                .hostedBy(org).attendedBy(person).with("topics", List.of(topic)).slug();

        given().queryParam("q", w).get(SEARCH).then().statusCode(200)
                .body("meta.total", equalTo(4))
                .body("data.slug", hasItem(meeting)).body("data.slug", not(hasItem(draft)))
                .body("data.slug", hasItem(org)).body("data.slug", hasItem(person)).body("data.slug", hasItem(topic))
                .body("data.find { it.type == 'meeting' }.snippet", containsString("<mark>" + w + "</mark>"))
                .body("data.find { it.type == 'meeting' }.href", equalTo("/content/v1/meetings/" + meeting))
                .body("facets.type.value", hasItem("meeting"))
                .body("facets.type.find { it.value == 'meeting' }.count", equalTo(1))
                .body("facets.year.find { it.value == '2024' }.count", equalTo(1))
                .body("facets.topic.find { it.value == '" + topic + "' }.count", equalTo(2))
                .body("facets.organization.find { it.value == '" + org + "' }.name", equalTo(w + "产业园"));
        given().queryParam("q", w).queryParam("type", "meeting").get(SEARCH).then()
                .body("data", hasSize(1)).body("data[0].slug", equalTo(meeting))
                .body("facets.type.find { it.value == 'organization' }.count", equalTo(1));
        given().queryParam("q", w).queryParam("topic", topic).get(SEARCH).then()
                .body("data.type", everyItem(oneOf("meeting", "topic"))).body("data", hasSize(2));
        given().queryParam("q", w).queryParam("year", 2024).get(SEARCH).then().body("data.slug", equalTo(List.of(meeting)));
        given().queryParam("q", w).queryParam("year", 2023).get(SEARCH).then().body("data", empty());
        given().queryParam("q", w).queryParam("limit", 1).queryParam("page", 2).get(SEARCH).then()
                .body("data", hasSize(1)).header("Link", containsString("page=3"));
    }

    @Test
    void shouldRankTitleMatchesFirstThenNewerBeforeOlder() {
        String w = word();
        String org = Fixtures.organization(w + "报社").with("kind", "media").slug();
        String inTitle = publishedArticle(w + "座谈会召开", "双方座谈交流。", org);
        String older = publishedArticle("座谈会召开", "会上提到" + w + "的做法。", org);
        String newer = publishedArticle("调研活动举行", "调研中了解" + w + "的经验。", org);
        List<String> expected = List.of(inTitle, newer, older);
        given().queryParam("q", w).queryParam("type", "article").get(SEARCH).then().statusCode(200)
                .body("data.slug", equalTo(expected))
                // the source organization is also among the article's organizations: counted once per article
                .body("facets.organization.find { it.value == '" + org + "' }.count", equalTo(3));
        given().queryParam("q", w).get("/content/v1/articles").then().statusCode(200).body("data.slug", equalTo(expected));
        given().queryParam("q", w).queryParam("limit", 1).get("/content/v1/articles").then().statusCode(200)
                .body("data.slug", equalTo(List.of(inTitle)));
    }

    @Test
    void shouldKeepSearchStatementsFlatHoweverManyMatchesAndResults() {
        String w = word();
        String org = Fixtures.organization(w + "计数单位").with("kind", "media").slug();
        String topic = Fixtures.topic(w + "计数专题").slug();
        for (int i = 0; i < 6; i++) {
            Fixtures.article(w + "稿件" + i).reportedBy(org).with("topics", List.of(topic)).published().slug();
        }
        long one = Statements.count(() -> given().queryParam("q", w).queryParam("type", "article").queryParam("limit", 1)
                .get(SEARCH).then().statusCode(200).body("data", hasSize(1)).body("meta.total", equalTo(6)));
        long six = Statements.count(() -> given().queryParam("q", w).queryParam("type", "article").queryParam("limit", 6)
                .get(SEARCH).then().statusCode(200).body("data", hasSize(6))
                .body("facets.topic.find { it.value == '" + topic + "' }.count", equalTo(6)));
        assertTrue(one > 0);
        assertEquals(one, six, "statements for 1 and 6 results of 6 matches, each with a topic and an organization");
    }

    private static String publishedArticle(String title, String body, String organization) {
        String slug = given().contentType(ContentType.JSON)
                .body(Map.of("slug", Json.unique("ranked"), "title", title, "body", body, "sourceOrganization", organization,
                        "organizations", List.of(organization)))
                .post("/admin/v1/articles").then().statusCode(201).extract().path("slug");
        given().post("/admin/v1/articles/" + slug + "/publish").then().statusCode(200);
        return slug;
    }

    @Test
    void shouldFindTraditionalQueriesAndAnswerInTraditional() {
        String w = word();
        String meeting = Fixtures.meeting(w + "发展论坛").with("startsAt", "2025-01-01T09:00:00+08:00").with("status", "published")
                .hostedBy(Fixtures.organization("论坛主办单位").with("kind", "other").slug()).slug();
        given().queryParam("q", w + "發展").get(SEARCH).then().statusCode(200).body("data[0].slug", equalTo(meeting));
        given().queryParam("q", w + "发展").queryParam("locale", "zh-Hant").get(SEARCH).then().statusCode(200)
                .header("Content-Language", "zh-Hant").body("data[0].title", containsString("發展論壇"));
    }

    @Test
    void shouldRefuseBadSearches() {
        given().get(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "").get(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "？！").get(SEARCH).then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "党建").queryParam("type", "planet").get(SEARCH).then().statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().queryParam("q", "党建").queryParam("year", "last").get(SEARCH).then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("q", "党建").queryParam("sort", "title").get(SEARCH).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }
}
