package cn.tongpin.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.LogCapture;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys pass through logs nowhere: not when issued, used, refused, rotated or sent in a URL. */
@QuarkusTest
class NoKeyMaterialInLogsTest {

    @Test
    void shouldKeepKeysOutOfLogsAndAudit() {
        List<String> secrets = new ArrayList<>();
        String address = TestKeys.address();
        try (LogCapture log = LogCapture.start()) {
            Fixtures.Issued editor = Fixtures.editorKey(Fixtures.organization("机构").id());
            Fixtures.Issued content = Fixtures.contentKey();
            secrets.add(editor.secret());
            secrets.add(content.secret());
            secrets.add(TestKeys.ADMIN);
            TestKeys.as(editor.secret()).header("X-Forwarded-For", address).get("/admin/v1/organizations");
            TestKeys.anonymous().header("X-Forwarded-For", address).queryParam("key", content.secret()).get("/content/v1/none");
            TestKeys.anonymous().header("X-Forwarded-For", address).queryParam("key", editor.secret()).get("/admin/v1/organizations");
            TestKeys.as(content.secret()).header("X-Forwarded-For", address).contentType(ContentType.JSON).body("{")
                    .post("/admin/v1/organizations");
            String rotated = given().contentType(ContentType.JSON).body(Map.of())
                    .post("/admin/v1/clients/" + editor.clientId() + "/keys/" + editor.id() + "/rotate")
                    .then().statusCode(201).extract().path("secret");
            secrets.add(rotated);
            given().delete("/admin/v1/clients/" + editor.clientId() + "/keys/" + editor.id()).then().statusCode(204);
            TestKeys.as(editor.secret()).header("X-Forwarded-For", address).get("/admin/v1/organizations");
            TestKeys.as(editor.secret() + "x").header("X-Forwarded-For", address).get("/admin/v1/organizations");

            String logged = log.text();
            // The refusals above were logged (at DEBUG in the test profile), by their public prefix only.
            assertTrue(logged.contains("Key refused from " + address), "refused keys are logged: " + logged);
            assertTrue(logged.contains(editor.secret().substring(0, 16) + "…"), logged);
            String audit = given().queryParam("limit", 100).get("/admin/v1/audit").then().statusCode(200).extract().asString();
            for (String secret : secrets) {
                String randomPart = secret.substring("tp_test_".length());
                assertFalse(logged.contains(randomPart), "a key appeared in the log");
                assertFalse(audit.contains(randomPart), "a key appeared in the audit trail");
            }
        }
    }
}
