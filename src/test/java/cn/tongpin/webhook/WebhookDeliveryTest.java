package cn.tongpin.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Deliveries to a receiver on 127.0.0.1 (allow-listed in the test profile): signed as Standard
 * Webhooks and verified here by the published algorithm, retried with the same webhook-id, given up
 * on a 410 or a redirect, logged, and redelivered.
 */
@QuarkusTest
@Tag("persistence")
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    static final Receiver RECEIVER = new Receiver();

    @Inject
    AgroalDataSource dataSource;

    @AfterAll
    static void stop() {
        RECEIVER.close();
    }

    /** A subscription to a path of the receiver; returns its answer (id, secret). */
    static JsonPath subscribe(String path, List<String> eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", RECEIVER.url(path));
        body.put("eventTypes", eventTypes);
        body.put("description", "test " + path);
        return given().contentType(ContentType.JSON).body(body).post("/admin/v1/webhooks")
                .then().statusCode(201).body("secret", startsWith("whsec_")).extract().jsonPath();
    }

    static String test(String subscription) {
        return given().post("/admin/v1/webhooks/" + subscription + "/test").then().statusCode(202)
                .body("eventType", equalTo("webhook.test")).extract().path("id");
    }

    static JsonPath delivery(String subscription, String delivery) {
        return given().get("/admin/v1/webhooks/" + subscription + "/deliveries/" + delivery).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitDelivery(String subscription, String delivery, String status) {
        return Awaitility.await("delivery " + delivery + " to be " + status).atMost(WAIT)
                .until(() -> delivery(subscription, delivery), d -> status.equals(d.getString("status")));
    }

    @Test
    void shouldSendASignedTestEventThatVerifiesByThePublishedAlgorithm() {
        JsonPath subscription = subscribe("/ok/signed", List.of("article.published"));
        String id = subscription.getString("id");
        String secret = subscription.getString("secret");
        given().get("/admin/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue()).body("enabled", equalTo(true));

        String delivery = test(id);
        Receiver.Received received = RECEIVER.await("/ok/signed", list -> !list.isEmpty()).get(0);
        assertEquals(delivery, received.header("webhook-id"));
        assertTrue(PublishedVerifier.verifies(secret, received.header("webhook-id"), received.header("webhook-timestamp"), received.body(),
                received.header("webhook-signature")), "signature verifies: " + received.header("webhook-signature"));
        assertTrue(Math.abs(Long.parseLong(received.header("webhook-timestamp")) - System.currentTimeMillis() / 1000) < 60);
        JsonPath payload = JsonPath.from(received.body());
        assertEquals("webhook.test", payload.getString("type"));
        assertEquals(id, payload.getString("data.subscriptionId"));
        assertTrue(received.header("Content-Type").startsWith("application/json"));

        JsonPath logged = awaitDelivery(id, delivery, "delivered");
        assertEquals(1, logged.getInt("attempts"));
        assertEquals(204, logged.getInt("attemptLog[0].statusCode"));
        given().get("/admin/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                .body("data[0].id", equalTo(delivery)).body("data[0].status", equalTo("delivered"));
    }

    @Test
    void shouldSignWithBothSecretsWhileARotationOverlaps() {
        JsonPath subscription = subscribe("/ok/rotation", List.of("article.published"));
        String id = subscription.getString("id");
        String old = subscription.getString("secret");
        String fresh = given().contentType(ContentType.JSON).body("{}").post("/admin/v1/webhooks/" + id + "/rotate")
                .then().statusCode(200).body("previousSecretExpiresAt", org.hamcrest.Matchers.notNullValue()).extract().path("secret");
        assertNotEquals(old, fresh);
        test(id);
        Receiver.Received received = RECEIVER.await("/ok/rotation", list -> !list.isEmpty()).get(0);
        String signatures = received.header("webhook-signature");
        assertEquals(2, signatures.split(" ").length, signatures);
        assertTrue(PublishedVerifier.verifies(fresh, received.header("webhook-id"), received.header("webhook-timestamp"), received.body(), signatures));
        assertTrue(PublishedVerifier.verifies(old, received.header("webhook-id"), received.header("webhook-timestamp"), received.body(), signatures));

        // Ending the overlap now: only the new secret signs.
        given().contentType(ContentType.JSON).body(Map.of("oldSecretExpiresAt", "2020-01-01T00:00:00Z"))
                .post("/admin/v1/webhooks/" + id + "/rotate").then().statusCode(200);
    }

    @Test
    void shouldRetryAFailureWithTheSameWebhookId() {
        String id = subscribe("/flaky/retry", List.of("article.published")).getString("id");
        String delivery = test(id);
        List<Receiver.Received> received = RECEIVER.await("/flaky/retry", list -> list.size() >= 2);
        assertEquals(delivery, received.get(0).header("webhook-id"));
        assertEquals(delivery, received.get(1).header("webhook-id"));
        JsonPath logged = awaitDelivery(id, delivery, "delivered");
        assertEquals(2, logged.getInt("attempts"));
        assertEquals(500, logged.getInt("attemptLog[0].statusCode"));
        assertEquals("answer 500", logged.getString("attemptLog[0].responseExcerpt"));
        assertEquals(200, logged.getInt("attemptLog[1].statusCode"));
        assertEquals(2, RECEIVER.at("/flaky/retry").size(), "delivered once it succeeded, not again");
    }

    @Test
    void shouldDisableTheSubscriptionWhenTheTargetIsGone() {
        String id = subscribe("/gone/bye", List.of("article.published")).getString("id");
        String delivery = test(id);
        awaitDelivery(id, delivery, "dead");
        given().get("/admin/v1/webhooks/" + id).then().statusCode(200).body("enabled", equalTo(false))
                .body("disabledReason", containsString("410"));
        assertEquals(1, RECEIVER.at("/gone/bye").size(), "not tried again");
    }

    @Test
    void shouldNotFollowRedirectsAndRedeliverOnDemand() {
        String id = subscribe("/redirect/away", List.of("article.published")).getString("id");
        String delivery = test(id);
        JsonPath dead = awaitDelivery(id, delivery, "dead");
        assertEquals(4, dead.getInt("attempts"), "the first attempt and the test profile's three retries");
        assertEquals(302, dead.getInt("lastStatus"));
        assertTrue(dead.getString("lastError").startsWith("redirect not followed"), dead.getString("lastError"));
        assertTrue(RECEIVER.at("/ok/redirect/away").isEmpty(), "the redirect was not followed");

        given().post("/admin/v1/webhooks/" + id + "/deliveries/" + delivery + "/redeliver").then().statusCode(202)
                .body("status", equalTo("pending"));
        Awaitility.await("the redelivery to run its schedule").atMost(WAIT)
                .until(() -> delivery(id, delivery), d -> d.getList("attemptLog").size() == 8 && "dead".equals(d.getString("status")));
        assertTrue(RECEIVER.at("/redirect/away").stream().allMatch(r -> delivery.equals(r.header("webhook-id"))));
    }

    @Test
    void shouldRedeliverDeadDeliveriesInBulkOnceTheReceiverIsBack() {
        String id = subscribe("/down/bulk", List.of("article.published")).getString("id");
        String first = test(id);
        String second = test(id);
        awaitDelivery(id, first, "dead");
        awaitDelivery(id, second, "dead");
        given().get("/admin/v1/webhooks/" + id + "/deliveries?status=dead").then().statusCode(200).body("data.size()", equalTo(2));

        RECEIVER.up("/down/bulk");
        given().post("/admin/v1/webhooks/" + id + "/redeliver").then().statusCode(202).body("redelivered", equalTo(2));
        awaitDelivery(id, first, "delivered");
        awaitDelivery(id, second, "delivered");
        given().post("/admin/v1/webhooks/" + id + "/redeliver").then().statusCode(202).body("redelivered", equalTo(0));
    }

    @Test
    void shouldDisableASubscriptionWhoseDeliveriesFailedForADay() throws Exception {
        String id = subscribe("/down/a-day", List.of("article.published")).getString("id");
        String first = test(id);
        awaitDelivery(id, first, "dead");
        given().get("/admin/v1/webhooks/" + id).then().body("enabled", equalTo(true)).body("failingSince", org.hamcrest.Matchers.notNullValue());
        // As if it had been failing for a day: the next failure disables it.
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.executeUpdate("update webhook_subscription set failing_since = now() - interval '25 hours' where id = '" + id + "'");
        }
        String second = test(id);
        Awaitility.await("the subscription to be disabled").atMost(WAIT)
                .until(() -> given().get("/admin/v1/webhooks/" + id).then().extract().jsonPath(), s -> !s.getBoolean("enabled"));
        given().get("/admin/v1/webhooks/" + id).then().body("disabledReason", containsString("failed for 24 h"));
        awaitDelivery(id, second, "dead");

        // Enabled again, with the receiver back: the dead deliveries go out on demand, with their webhook-ids.
        RECEIVER.up("/down/a-day");
        String etag = given().get("/admin/v1/webhooks/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("url", RECEIVER.url("/down/a-day"), "eventTypes", List.of("article.published")))
                .put("/admin/v1/webhooks/" + id).then().statusCode(200).body("enabled", equalTo(true)).body("disabledReason", nullValue());
        given().post("/admin/v1/webhooks/" + id + "/redeliver").then().statusCode(202).body("redelivered", equalTo(2));
        awaitDelivery(id, first, "delivered");
        awaitDelivery(id, second, "delivered");
        assertTrue(RECEIVER.at("/down/a-day").stream().anyMatch(r -> second.equals(r.header("webhook-id")) && r.header("webhook-signature") != null));
    }

    @Test
    void shouldAnswerProblemsForUnknownDeliveriesAndParameters() {
        String id = subscribe("/ok/problems", List.of("article.published")).getString("id");
        given().get("/admin/v1/webhooks/" + id + "/deliveries/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/admin/v1/webhooks/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().get("/admin/v1/webhooks/" + id + "/deliveries?status=lost").then().statusCode(400).contentType("application/problem+json");
        given().post("/admin/v1/webhooks/" + id + "/redeliver?since=yesterday").then().statusCode(400).contentType("application/problem+json");
        assertFalse(given().get("/admin/v1/webhooks").then().statusCode(200).extract().jsonPath().getList("data").isEmpty());
    }
}
