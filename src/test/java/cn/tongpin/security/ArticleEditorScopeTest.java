package cn.tongpin.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An editor key writes articles of its own organizations only, and never sees others' drafts. */
@QuarkusTest
class ArticleEditorScopeTest {

    static final String ARTICLES = "/admin/v1/articles";

    static Map<String, Object> article(String title, String source) {
        return Map.of("title", title, "body", "合作座谈会在清远召开。", "sourceOrganization", source);
    }

    @Test
    void shouldRefuseArticlesOfAnotherOrganization() {
        String own = Fixtures.organization("机构").id();
        String other = Fixtures.organization("机构").id();
        String key = Fixtures.editorKey(own).secret();
        String title = Json.unique("越权稿件");
        TestKeys.as(key).contentType(ContentType.JSON).body(article(title, other)).post(ARTICLES)
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("limit", 100).queryParam("q", title).get(ARTICLES).then().statusCode(200)
                .body("data.title", not(hasItem(title)));
        TestKeys.as(key).contentType(ContentType.JSON).body(article(Json.unique("本单位稿件"), own)).post(ARTICLES)
                .then().statusCode(201);
    }

    @Test
    void shouldNeitherShowNorChangeDraftsOfAnotherOrganization() {
        String own = Fixtures.organization("机构").id();
        String other = Fixtures.organization("机构").id();
        String key = Fixtures.editorKey(own).secret();
        String theirs = given().contentType(ContentType.JSON).body(article(Json.unique("他单位草稿"), other)).post(ARTICLES)
                .then().statusCode(201).extract().path("id");
        TestKeys.as(key).queryParam("limit", 100).get(ARTICLES).then().statusCode(200).body("data.id", not(hasItem(theirs)));
        TestKeys.as(key).contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body(Map.of("title", "改")).patch(ARTICLES + "/" + theirs).then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        TestKeys.as(key).post(ARTICLES + "/" + theirs + "/publish").then().statusCode(org.hamcrest.Matchers.oneOf(403, 404));
        given().get(ARTICLES + "/" + theirs).then().statusCode(200).body("version", equalTo(1)).body("status", equalTo("draft"));
    }
}
