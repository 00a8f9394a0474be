package cn.tongpin.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Clients and keys for security tests, made through the admin API with the test admin key. */
public final class Keys {

    private Keys() {
    }

    /** A key as issued: its id and its secret. */
    public record Issued(String clientId, String id, String secret) {
    }

    public static String client(Integer ratePerMinute, String... origins) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Json.unique("client"));
        body.put("kind", "partner");
        body.put("allowedOrigins", List.of(origins));
        body.put("rateLimitPerMinute", ratePerMinute);
        return given().contentType(ContentType.JSON).body(body).post("/admin/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    public static Issued issue(String clientId, String kind, List<String> organizations) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        if (organizations != null) {
            body.put("organizations", organizations);
        }
        var answer = given().contentType(ContentType.JSON).body(body).post("/admin/v1/clients/" + clientId + "/keys")
                .then().statusCode(201).extract();
        return new Issued(clientId, answer.path("id"), answer.path("secret"));
    }

    public static Issued content() {
        return issue(client(null), "content", null);
    }

    public static Issued admin() {
        return issue(client(null), "admin", null);
    }

    /** An editor key limited to a new organization of its own; returns the key and the organization id. */
    public static Issued editor(String organizationId) {
        return issue(client(null), "editor", List.of(organizationId));
    }

    public static String organization() {
        return given().contentType(ContentType.JSON).body(Map.of("name", Json.unique("机构"), "kind", "other"))
                .post("/admin/v1/organizations").then().statusCode(201).extract().path("id");
    }

    /** An address no other test uses, sent as X-Forwarded-For (trusted from 127.0.0.1 in the test profile). */
    public static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }
}
