package cn.tongpin.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Changes of content become deliveries: written with the change (so the log shows them as soon as
 * the write has answered), sent in the order of the changes of each resource, filtered by event
 * type and scope.
 */
@QuarkusTest
@Tag("persistence")
class WebhookEventsTest {

    static final Receiver RECEIVER = new Receiver();
    static final List<String> ARTICLE_EVENTS = List.of("article.published", "article.updated", "article.unpublished", "article.deleted");

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    static JsonPath subscribe(String path, List<String> eventTypes, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("url", RECEIVER.url(path));
        body.put("eventTypes", eventTypes);
        return given().contentType(ContentType.JSON).body(body).post("/admin/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    static List<Map<String, Object>> log(String subscription) {
        return given().get("/admin/v1/webhooks/" + subscription + "/deliveries?sort=createdAt&limit=100").then().statusCode(200)
                .extract().jsonPath().getList("data");
    }

    @Test
    void shouldSendEachPublicChangeOfAnArticleInOrder() {
        JsonPath subscription = subscribe("/ok/article-life", ARTICLE_EVENTS, Map.of());
        String subscriptionId = subscription.getString("id");
        String secret = subscription.getString("secret");
        String id = Fixtures.createArticle(Fixtures.article("生命周期" + Json.unique("")).html("<p>草稿</p>").body());
        String etag = given().get("/admin/v1/articles/" + id).then().extract().header("ETag");
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", etag).body(Map.of("summary", "草稿的修改"))
                .patch("/admin/v1/articles/" + id).then().statusCode(200);
        assertTrue(log(subscriptionId).isEmpty(), "a draft's writes are not announced");

        Fixtures.publish(id);
        etag = given().get("/admin/v1/articles/" + id).then().extract().header("ETag");
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", etag).body(Map.of("summary", "发布后的修改"))
                .patch("/admin/v1/articles/" + id).then().statusCode(200);
        given().post("/admin/v1/articles/" + id + "/unpublish").then().statusCode(200);
        etag = given().get("/admin/v1/articles/" + id).then().extract().header("ETag");
        given().header("If-Match", etag).delete("/admin/v1/articles/" + id).then().statusCode(204);
        // The outbox is written with each change: the log holds every event as soon as the writes answered.
        assertEquals(ARTICLE_EVENTS, log(subscriptionId).stream().map(d -> (String) d.get("eventType")).toList());

        List<Receiver.Received> received = RECEIVER.await("/ok/article-life", list -> list.size() >= 4);
        assertEquals(ARTICLE_EVENTS, received.stream().map(r -> JsonPath.from(r.body()).getString("type")).toList(), "in the order of the changes");
        for (Receiver.Received r : received) {
            assertTrue(PublishedVerifier.verifies(secret, r.header("webhook-id"), r.header("webhook-timestamp"), r.body(),
                    r.header("webhook-signature")));
        }
        JsonPath published = JsonPath.from(received.get(0).body());
        assertEquals("article", published.getString("data.type"));
        assertEquals(id, published.getString("data.id"));
        String slug = published.getString("data.slug");
        assertEquals("https://content.tongpin.test/content/v1/articles/" + slug, published.getString("data.url"));
        assertTrue(published.getLong("data.version") < JsonPath.from(received.get(1).body()).getLong("data.version"));
        assertNull(JsonPath.from(received.get(3).body()).getString("data.url"), "a deleted article has no delivery URL");
        Awaitility.await("all delivered").atMost(Duration.ofSeconds(20))
                .until(() -> log(subscriptionId), l -> l.stream().allMatch(d -> "delivered".equals(d.get("status"))));
        assertEquals(4, RECEIVER.at("/ok/article-life").size(), "each once");
    }

    @Test
    void shouldSendOnlyChangesInTheSubscriptionsScope() {
        String topic = Fixtures.topic("范围" + Json.unique("")).id();
        String organization = Fixtures.organization("范围机构" + Json.unique("")).id();
        String byTopic = subscribe("/ok/scope-topic", List.of("article.published", "topic.updated"), Map.of("topics", List.of(topic))).getString("id");
        String byOrganization = subscribe("/ok/scope-organization", List.of("article.published", "organization.updated"),
                Map.of("organizations", List.of(organization))).getString("id");

        Fixtures.publishedArticle(Fixtures.article("范围之外" + Json.unique("")).html("<p>正文</p>").body());
        Map<String, Object> inTopic = Fixtures.article("范围之内" + Json.unique("")).html("<p>正文</p>").body();
        inTopic.put("topics", List.of(topic));
        String inTopicId = Fixtures.publishedArticle(inTopic);
        Map<String, Object> ofOrganization = Fixtures.article("机构之内" + Json.unique("")).html("<p>正文</p>").body();
        ofOrganization.put("organizations", List.of(organization));
        String ofOrganizationId = Fixtures.publishedArticle(ofOrganization);

        assertEquals(List.of(inTopicId), log(byTopic).stream().map(d -> idOf(d)).toList());
        assertEquals(List.of(ofOrganizationId), log(byOrganization).stream().map(d -> idOf(d)).toList());

        String etag = given().get("/admin/v1/topics/" + topic).then().extract().header("ETag");
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", etag).body(Map.of("description", "改了"))
                .patch("/admin/v1/topics/" + topic).then().statusCode(200);
        Receiver.Received topicEvent = RECEIVER.await("/ok/scope-topic", list -> list.size() >= 2).get(1);
        assertEquals("topic.updated", JsonPath.from(topicEvent.body()).getString("type"));
        assertEquals(topic, JsonPath.from(topicEvent.body()).getString("data.id"));
    }

    @Test
    void shouldCarryTheRepresentationWhenAsked() {
        String id = subscribe("/ok/representation", List.of("article.published"), Map.of("includeRepresentation", true)).getString("id");
        String title = "带正文" + Json.unique("");
        String article = Fixtures.publishedArticle(Fixtures.article(title).html("<p>正文</p>").body());
        JsonPath body = JsonPath.from(RECEIVER.await("/ok/representation", list -> !list.isEmpty()).get(0).body());
        assertEquals(article, body.getString("data.id"));
        assertEquals(title, body.getString("data.representation.title"));
        given().get("/admin/v1/webhooks/" + id).then().body("includeRepresentation", equalTo(true));
    }

    private static String idOf(Map<String, Object> delivery) {
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) delivery.get("payload");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) payload.get("data");
        return (String) data.get("id");
    }
}
