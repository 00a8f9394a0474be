package cn.tongpin.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.delivery.cache.DeliveryResponses;
import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A delivery request is answered alike whether its answer is cached (and the edge could serve it
 * before authentication) or not: for every way of presenting a key, good or bad, the same status,
 * problem and challenge. The cached case is made by asking the very same URL first with a valid key
 * in the header (which wins over ?key=), so that the edge holds a current answer for it. (An empty
 * or repeated ?key= is not among them: the resource refuses such a URL whatever the key, so it is
 * never cached.)
 */
@QuarkusTest
@Tag("persistence")
class CachedAccessTest {

    private static final String PATH = "/content/v1/topics";

    @Inject
    DeliveryResponses responses;

    @Inject
    VerifiedKeys verified;

    private int limit;

    /** A way of presenting a key: what it adds to the request, and what it adds to the URL. */
    record Variant(String name, String header, String queryKey, int expected, String verifiedKey) {

        Variant(String name, String header, String queryKey, int expected) {
            this(name, header, queryKey, expected, null);
        }

        RequestSpecification apply(RequestSpecification request) {
            request = request.header("X-Forwarded-For", TestKeys.address()); // bad keys count per address
            return header == null ? request : request.header("Authorization", header);
        }

        String url(String base) {
            return queryKey == null ? base : base + "&key=" + queryKey;
        }
    }

    @Test
    void everyKeyVariantShouldBeAnsweredAlikeCachedOrNot() {
        String reader = Fixtures.contentKey().secret();
        String content = Fixtures.contentKey().secret();
        Fixtures.Issued revoked = Fixtures.contentKey();
        String admin = Fixtures.adminKey().secret();
        String editor = Fixtures.editorKey(Fixtures.organization(Json.unique("机构")).id()).secret();
        String expiring = expiringContentKey();
        // Verified once, so that this instance knew them before they stopped working.
        for (String used : List.of(expiring, revoked.secret())) {
            TestKeys.as(used).header("X-Forwarded-For", TestKeys.address()).get(PATH).then().statusCode(200);
            TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address()).get(PATH + "?key=" + used).then().statusCode(200);
        }
        given().delete("/admin/v1/clients/" + revoked.clientId() + "/keys/" + revoked.id()).then().statusCode(204);
        awaitRefused(expiring);

        String wrongSecret = content.substring(0, content.length() - 1) + (content.endsWith("A") ? "B" : "A");
        List<Variant> variants = List.of(
                new Variant("no key", null, null, 401),
                new Variant("not bearer", "Basic dXNlcjpwYXNz", null, 401),
                new Variant("bad format", "Bearer not-a-key", null, 401),
                new Variant("empty bearer", "Bearer ", null, 401),
                new Variant("unknown prefix", "Bearer " + ApiKeySecrets.generate("tp_test_"), null, 401),
                new Variant("wrong secret", "Bearer " + wrongSecret, null, 401),
                new Variant("revoked bearer", "Bearer " + revoked.secret(), null, 401),
                new Variant("revoked ?key=", null, revoked.secret(), 401),
                new Variant("expired bearer", "Bearer " + expiring, null, 401),
                new Variant("expired ?key=", null, expiring, 401),
                new Variant("admin ?key=", null, admin, 401, admin),
                new Variant("editor ?key=", null, editor, 401, editor),
                new Variant("bad format ?key=", null, "not-a-key", 401),
                new Variant("content ?key=", null, content, 200, content),
                new Variant("content bearer", "Bearer " + content, null, 200, content),
                new Variant("admin bearer", "Bearer " + admin, null, 200, admin),
                new Variant("editor bearer", "Bearer " + editor, null, 200, editor));

        List<String> differences = new ArrayList<>();
        for (Variant variant : variants) {
            String coldUrl = variant.url(nextUrl());
            assertNull(responses.current(coldUrl + "#zh-Hans"), "the cold URL is not cached: " + coldUrl);
            Response cold = call(variant, coldUrl);

            String warmUrl = variant.url(nextUrl());
            Response warming = call(new Variant("warming", "Bearer " + reader, variant.queryKey(), 200), warmUrl);
            assertEquals(200, warming.statusCode(), variant.name() + " (warming): " + warming.asString());
            assertNotNull(responses.current(warmUrl + "#zh-Hans"), "the warm URL is cached: " + warmUrl);
            if (variant.verifiedKey() != null) {
                // The key this instance verified a moment ago: the edge could decide without authentication.
                known(variant.verifiedKey());
            }
            Response warm = call(variant, warmUrl);

            assertEquals(variant.expected(), cold.statusCode(), variant.name() + " (not cached): " + cold.asString());
            Map<String, Object> coldSeen = seen(cold);
            Map<String, Object> warmSeen = seen(warm);
            if (!coldSeen.equals(warmSeen)) {
                differences.add(variant.name() + ": not cached " + coldSeen + ", cached " + warmSeen);
            }
        }
        assertTrue(differences.isEmpty(), "answered differently when cached:\n" + String.join("\n", differences));
    }

    private void known(String key) {
        if (verified.find(key) == null) {
            TestKeys.as(key).header("X-Forwarded-For", TestKeys.address()).get(PATH + "?limit=1").then().statusCode(200);
        }
        assertNotNull(verified.find(key), "the key is among the verified ones");
    }

    private Response call(Variant variant, String url) {
        return variant.apply(TestKeys.anonymous().urlEncodingEnabled(false)).get(url);
    }

    /** A URL of the same list no request asked for yet in this test (each limit is its own answer). */
    private String nextUrl() {
        return PATH + "?locale=zh-Hans&limit=" + (++limit);
    }

    /** What a client can tell of an answer's access decision. */
    private static Map<String, Object> seen(Response answer) {
        Map<String, Object> seen = new LinkedHashMap<>();
        seen.put("status", answer.statusCode());
        seen.put("Content-Type", answer.contentType().split(";")[0]);
        seen.put("WWW-Authenticate", answer.header("WWW-Authenticate"));
        seen.put("Cache-Control", answer.header("Cache-Control"));
        seen.put("RateLimit-Limit", answer.header("RateLimit-Limit"));
        seen.put("Retry-After", answer.header("Retry-After") != null);
        if (answer.contentType().startsWith("application/problem+json")) {
            seen.put("type", answer.path("type"));
            seen.put("code", answer.path("code"));
        }
        return seen;
    }

    private static String expiringContentKey() {
        String client = Fixtures.client(null);
        String expires = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(5).toString();
        return given().contentType(ContentType.JSON).body(Map.of("kind", "content", "expiresAt", expires))
                .post("/admin/v1/clients/" + client + "/keys").then().statusCode(201).extract().path("secret");
    }

    /** Asks (from a new address each time, so bad keys do not slow it down) until the key is refused. */
    private static void awaitRefused(String key) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (TestKeys.as(key).header("X-Forwarded-For", TestKeys.address()).get(PATH + "?limit=1").statusCode() != 401) {
            assertTrue(System.nanoTime() < deadline, "the key did not expire");
            Thread.onSpinWait();
        }
    }
}
