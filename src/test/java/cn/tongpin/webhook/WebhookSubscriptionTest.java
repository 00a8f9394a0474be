package cn.tongpin.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Subscriptions: what a target may be (no SSRF), what an editor may manage, and the rules of the input. */
@QuarkusTest
@Tag("persistence")
class WebhookSubscriptionTest {

    private static Map<String, Object> body(String url) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", List.of("article.published"));
        return body;
    }

    @Test
    void shouldRefuseInternalTargetsNamingTheField() {
        for (String url : List.of("http://10.0.0.1/hook", "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/hook",
                "http://[::ffff:10.0.0.1]/hook", "http://192.168.1.20/", "http://100.64.0.1/", "http://0.0.0.0:8080/",
                "http://metadata.google.internal/computeMetadata/v1/", "http://127.0.0.2/hook",
                "ftp://example.com/hook", "http://user:secret@127.0.0.1/hook", "not a url")) {
            given().contentType(ContentType.JSON).body(body(url)).post("/admin/v1/webhooks").then()
                    .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("url"));
        }
    }

    @Test
    void shouldAcceptAnAllowListedTargetAndCheckItOnEveryChange() {
        String id = given().contentType(ContentType.JSON).body(body("http://127.0.0.1:9/hook")).post("/admin/v1/webhooks")
                .then().statusCode(201).extract().path("id");
        String etag = given().get("/admin/v1/webhooks/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body("http://10.1.2.3/hook")).put("/admin/v1/webhooks/" + id)
                .then().statusCode(400).body("errors.field", hasItem("url"));
        given().contentType(ContentType.JSON).body(body("http://127.0.0.1:9/hook")).put("/admin/v1/webhooks/" + id).then().statusCode(428);
        Map<String, Object> disabled = body("http://127.0.0.1:9/other");
        disabled.put("enabled", false);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(disabled).put("/admin/v1/webhooks/" + id)
                .then().statusCode(200).body("enabled", equalTo(false)).body("url", equalTo("http://127.0.0.1:9/other"))
                .body("disabledReason", equalTo("Disabled by a caller"));
        given().delete("/admin/v1/webhooks/" + id).then().statusCode(204);
        given().get("/admin/v1/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseUnknownEventTypesAndReferences() {
        Map<String, Object> unknownType = body("http://127.0.0.1:9/hook");
        unknownType.put("eventTypes", List.of("article.published", "article.exploded"));
        given().contentType(ContentType.JSON).body(unknownType).post("/admin/v1/webhooks").then().statusCode(400)
                .body("errors.field", hasItem("eventTypes[1]"));
        Map<String, Object> none = body("http://127.0.0.1:9/hook");
        none.put("eventTypes", List.of());
        given().contentType(ContentType.JSON).body(none).post("/admin/v1/webhooks").then().statusCode(400)
                .body("errors.field", hasItem("eventTypes"));
        Map<String, Object> unknownTopic = body("http://127.0.0.1:9/hook");
        unknownTopic.put("topics", List.of("no-such-topic-anywhere"));
        given().contentType(ContentType.JSON).body(unknownTopic).post("/admin/v1/webhooks").then().statusCode(422)
                .body("errors.field", hasItem("topics[0]"));
        given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/hook")).post("/admin/v1/webhooks").then().statusCode(400);
    }

    @Test
    void shouldLetAnEditorManageTheSubscriptionsOfItsOrganizationsOnly() {
        String mine = Fixtures.organization(Json.unique("机构")).id();
        String other = Fixtures.organization(Json.unique("机构")).id();
        String editor = Fixtures.editorKey(mine).secret();
        String adminOwn = given().contentType(ContentType.JSON).body(body("http://127.0.0.1:9/admin")).post("/admin/v1/webhooks")
                .then().statusCode(201).extract().path("id");

        TestKeys.as(editor).contentType(ContentType.JSON).body(body("http://127.0.0.1:9/editor")).post("/admin/v1/webhooks")
                .then().statusCode(422).body("errors.field", hasItem("organizations"));
        Map<String, Object> outside = body("http://127.0.0.1:9/editor");
        outside.put("organizations", List.of(mine, other));
        TestKeys.as(editor).contentType(ContentType.JSON).body(outside).post("/admin/v1/webhooks").then().statusCode(403);
        Map<String, Object> own = body("http://127.0.0.1:9/editor");
        own.put("organizations", List.of(mine));
        String editorOwn = TestKeys.as(editor).contentType(ContentType.JSON).body(own).post("/admin/v1/webhooks")
                .then().statusCode(201).body("organizations[0].id", equalTo(mine)).extract().path("id");

        TestKeys.as(editor).get("/admin/v1/webhooks?limit=100").then().statusCode(200)
                .body("data.id", hasItem(editorOwn)).body("data.id", not(hasItem(adminOwn)));
        TestKeys.as(editor).get("/admin/v1/webhooks/" + adminOwn).then().statusCode(404);
        TestKeys.as(editor).post("/admin/v1/webhooks/" + adminOwn + "/test").then().statusCode(404);
        TestKeys.as(editor).get("/admin/v1/webhooks/" + editorOwn + "/deliveries").then().statusCode(200);
        TestKeys.as(Fixtures.contentKey().secret()).get("/admin/v1/webhooks").then().statusCode(403);
        TestKeys.anonymous().get("/admin/v1/webhooks").then().statusCode(401);
        given().get("/admin/v1/webhooks/" + editorOwn).then().statusCode(200).body("url", containsString("/editor"));
    }
}
