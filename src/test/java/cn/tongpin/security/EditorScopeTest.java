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

/** An editor key writes (and sees) only content of its own organizations; outside them nothing changes. */
@QuarkusTest
class EditorScopeTest {

    static final String MEETINGS = "/admin/v1/meetings";

    static Map<String, Object> meeting(String title, String host) {
        return Map.of("kind", "visit", "title", title, "startsAt", "2025-10-11T09:30:00+08:00", "hostOrganization", host);
    }

    @Test
    void shouldRefuseCreatingContentOfAnotherOrganization() {
        String own = Fixtures.organization("机构").id();
        String other = Fixtures.organization("机构").id();
        String key = Fixtures.editorKey(own).secret();
        String title = Json.unique("越权会议");
        TestKeys.as(key).contentType(ContentType.JSON).body(meeting(title, other)).post(MEETINGS)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("forbidden"));
        given().queryParam("limit", 100).queryParam("organization", other).get(MEETINGS).then().statusCode(200)
                .body("data.title", not(hasItem(title)));
        TestKeys.as(key).contentType(ContentType.JSON).body(meeting(Json.unique("本单位会议"), own)).post(MEETINGS)
                .then().statusCode(201);
    }

    @Test
    void shouldNeitherShowNorChangeContentOfAnotherOrganization() {
        String own = Fixtures.organization("机构").id();
        String other = Fixtures.organization("机构").id();
        String key = Fixtures.editorKey(own).secret();
        String theirs = given().contentType(ContentType.JSON).body(meeting(Json.unique("他单位会议"), other)).post(MEETINGS)
                .then().statusCode(201).extract().path("id");
        // Outside its organizations an item does not exist for the key (404), so nothing is revealed or changed.
        TestKeys.as(key).get(MEETINGS + "/" + theirs).then().statusCode(404);
        TestKeys.as(key).queryParam("limit", 100).get(MEETINGS).then().statusCode(200).body("data.id", not(hasItem(theirs)));
        TestKeys.as(key).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("title", "改")).patch(MEETINGS + "/" + theirs).then().statusCode(404);
        TestKeys.as(key).delete(MEETINGS + "/" + theirs).then().statusCode(404);
        given().get(MEETINGS + "/" + theirs).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void shouldRefuseMovingOwnContentToAnotherOrganization() {
        String own = Fixtures.organization("机构").id();
        String other = Fixtures.organization("机构").id();
        String key = Fixtures.editorKey(own).secret();
        String mine = TestKeys.as(key).contentType(ContentType.JSON).body(meeting(Json.unique("本单位会议"), own)).post(MEETINGS)
                .then().statusCode(201).extract().path("id");
        TestKeys.as(key).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("hostOrganization", other)).patch(MEETINGS + "/" + mine).then().statusCode(403);
        given().get(MEETINGS + "/" + mine).then().statusCode(200).body("version", equalTo(1))
                .body("hostOrganization.id", equalTo(own));
    }
}
