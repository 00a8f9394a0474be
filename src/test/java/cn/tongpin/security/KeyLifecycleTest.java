package cn.tongpin.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.TestClock;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeyLifecycleTest {

    static final String ORGS = "/admin/v1/organizations";

    static String keys(String client) {
        return "/admin/v1/clients/" + client + "/keys";
    }

    @Test
    void shouldShowSecretOnceAndStoreOnlyItsPrefix() {
        String client = Fixtures.client(null);
        Response issued = given().contentType(ContentType.JSON).body(Map.of("kind", "content", "name", "feed"))
                .post(keys(client));
        issued.then().statusCode(201)
                .header("Location", containsString("/admin/v1/clients/" + client + "/keys/"))
                .body("secret", startsWith("tp_test_"))
                .body("status", equalTo("active"));
        String secret = issued.path("secret");
        String id = issued.path("id");
        assertEquals(8 + 43, secret.length());
        given().get(keys(client) + "/" + id).then().statusCode(200)
                .body("$", not(hasKey("secret")))
                .body("prefix", equalTo(secret.substring(0, 16) + "…"));
        given().get(keys(client)).then().statusCode(200).body("data[0]", not(hasKey("secret")));
    }

    @Test
    void shouldRecordLastUse() {
        Fixtures.Issued key = Fixtures.editorKey(Fixtures.organization("机构").id());
        given().get(keys(key.clientId()) + "/" + key.id()).then().body("lastUsedAt", nullValue());
        TestKeys.as(key.secret()).get(ORGS).then().statusCode(200);
        given().get(keys(key.clientId()) + "/" + key.id()).then().body("lastUsedAt", notNullValue());
    }

    @Test
    void shouldAnswerRevokedLikeUnknownKeys() {
        Fixtures.Issued key = Fixtures.editorKey(Fixtures.organization("机构").id());
        String address = TestKeys.address();
        TestKeys.as(key.secret()).header("X-Forwarded-For", address).get(ORGS).then().statusCode(200);
        given().delete(keys(key.clientId()) + "/" + key.id()).then().statusCode(204);
        given().delete(keys(key.clientId()) + "/" + key.id()).then().statusCode(204);
        given().get(keys(key.clientId()) + "/" + key.id()).then().body("status", equalTo("revoked"))
                .body("revokedAt", notNullValue());

        Response revoked = TestKeys.as(key.secret()).header("X-Forwarded-For", address).get(ORGS);
        String unknownKey = key.secret().substring(0, 16) + "x".repeat(35);
        Response unknown = TestKeys.as(unknownKey).header("X-Forwarded-For", address).get(ORGS);
        Response garbage = TestKeys.as("not-a-key").header("X-Forwarded-For", address).get(ORGS);
        for (Response answer : List.of(revoked, unknown, garbage)) {
            answer.then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer realm=\"tongpin\"");
        }
        assertEquals(revoked.path("detail").toString(), unknown.path("detail"));
        assertEquals(revoked.path("title").toString(), unknown.path("title"));
        assertEquals(revoked.path("code").toString(), garbage.path("code"));
        assertEquals(revoked.path("detail").toString(), garbage.path("detail"));
    }

    @Test
    void shouldRefuseExpiredKeys() {
        String client = Fixtures.client(null);
        Instant expires = Instant.now().plusSeconds(2);
        String secret = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "editor", "organizations", List.of(Fixtures.organization("机构").id()), "expiresAt", expires.toString()))
                .post(keys(client)).then().statusCode(201).extract().path("secret");
        String address = TestKeys.address();
        TestKeys.as(secret).header("X-Forwarded-For", address).get(ORGS).then().statusCode(200);
        TestClock.awaitPast(expires);
        TestKeys.as(secret).header("X-Forwarded-For", address).get(ORGS).then().statusCode(401)
                .body("code", equalTo("unauthorized"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "content", "expiresAt", "2020-01-01T00:00:00Z"))
                .post(keys(client)).then().statusCode(422).body("errors[0].field", equalTo("expiresAt"));
    }

    @Test
    void shouldKeepOldAndNewKeyValidAfterRotationUntilTheOldIsRevoked() {
        Fixtures.Issued old = Fixtures.editorKey(Fixtures.organization("机构").id());
        String address = TestKeys.address();
        Response rotated = given().contentType(ContentType.JSON).body(Map.of("name", "rotated"))
                .post(keys(old.clientId()) + "/" + old.id() + "/rotate");
        rotated.then().statusCode(201).body("rotatedFrom", equalTo(old.id())).body("kind", equalTo("editor"))
                .body("organizations.size()", equalTo(1)).body("secret", startsWith("tp_test_"));
        String fresh = rotated.path("secret");
        assertNotEquals(old.secret(), fresh);
        TestKeys.as(old.secret()).header("X-Forwarded-For", address).get(ORGS).then().statusCode(200);
        TestKeys.as(fresh).header("X-Forwarded-For", address).get(ORGS).then().statusCode(200);

        given().delete(keys(old.clientId()) + "/" + old.id()).then().statusCode(204);
        TestKeys.as(old.secret()).header("X-Forwarded-For", address).get(ORGS).then().statusCode(401);
        TestKeys.as(fresh).header("X-Forwarded-For", address).get(ORGS).then().statusCode(200);
        given().contentType(ContentType.JSON).body("{}").post(keys(old.clientId()) + "/" + old.id() + "/rotate")
                .then().statusCode(422).body("code", equalTo("key_inactive"));
    }

    @Test
    void shouldLetRotationExpireTheOldKey() {
        Fixtures.Issued old = Fixtures.contentKey();
        String expires = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).toString();
        given().contentType(ContentType.JSON).body(Map.of("oldKeyExpiresAt", expires))
                .post(keys(old.clientId()) + "/" + old.id() + "/rotate").then().statusCode(201);
        given().get(keys(old.clientId()) + "/" + old.id()).then().body("expiresAt", notNullValue())
                .body("status", equalTo("active"));
    }

    @Test
    void shouldAcceptQueryKeyOnlyForContentKeys() {
        String address = TestKeys.address();
        Fixtures.Issued content = Fixtures.contentKey();
        // Past authentication a content key reaches the delivery API (404: nothing is there yet).
        TestKeys.anonymous().header("X-Forwarded-For", address).queryParam("key", content.secret())
                .get("/content/v1/nothing-here").then().statusCode(404);
        TestKeys.anonymous().header("X-Forwarded-For", address).get("/content/v1/nothing-here").then().statusCode(401);
        TestKeys.as(content.secret()).header("X-Forwarded-For", address).get("/content/v1/nothing-here").then().statusCode(404);

        Fixtures.Issued editor = Fixtures.editorKey(Fixtures.organization("机构").id());
        TestKeys.anonymous().header("X-Forwarded-For", address).queryParam("key", editor.secret()).get(ORGS)
                .then().statusCode(401).contentType("application/problem+json");
        TestKeys.anonymous().header("X-Forwarded-For", address).queryParam("key", Fixtures.adminKey().secret()).get(ORGS)
                .then().statusCode(401);
        TestKeys.anonymous().header("X-Forwarded-For", address).queryParam("key", TestKeys.ADMIN)
                .get("/content/v1/nothing-here").then().statusCode(401);
    }

    @Test
    void shouldLimitEditorKeysToOrganizations() {
        String client = Fixtures.client(null);
        given().contentType(ContentType.JSON).body(Map.of("kind", "editor")).post(keys(client))
                .then().statusCode(422).body("code", equalTo("organizations_required"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "content", "organizations", List.of(Fixtures.organization("机构").id())))
                .post(keys(client)).then().statusCode(422).body("code", equalTo("organizations_not_allowed"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "editor", "organizations", List.of("no-such-org-zz")))
                .post(keys(client)).then().statusCode(422).body("errors[0].field", equalTo("organizations[0]"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "root")).post(keys(client)).then().statusCode(400);
    }

    @Test
    void shouldDeleteClientWithItsKeys() {
        Fixtures.Issued key = Fixtures.editorKey(Fixtures.organization("机构").id());
        String address = TestKeys.address();
        TestKeys.as(key.secret()).header("X-Forwarded-For", address).get(ORGS).then().statusCode(200);
        given().delete("/admin/v1/clients/" + key.clientId()).then().statusCode(204);
        TestKeys.as(key.secret()).header("X-Forwarded-For", address).get(ORGS).then().statusCode(401);
        given().get("/admin/v1/clients/" + key.clientId()).then().statusCode(404);
        given().get("/admin/v1/clients/" + "x".repeat(150) + "/keys").then().statusCode(404);
    }
}
