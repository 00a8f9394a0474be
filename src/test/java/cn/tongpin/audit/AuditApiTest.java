package cn.tongpin.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditApiTest {

    static final String AUDIT = "/admin/v1/audit";

    @Test
    void shouldRecordEveryWriteWithKeyTargetAndRequestId() {
        Fixtures.Issued admin = Fixtures.adminKey();
        String requestId = Json.unique("audit-request");
        String id = TestKeys.as(admin.secret()).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Map.of("name", Json.unique("审计"), "kind", "other")).post("/admin/v1/organizations")
                .then().statusCode(201).extract().path("id");
        TestKeys.as(admin.secret()).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("shortName", "审")).patch("/admin/v1/organizations/" + id).then().statusCode(200);
        TestKeys.as(admin.secret()).delete("/admin/v1/organizations/" + id).then().statusCode(204);

        given().queryParam("targetId", id).queryParam("sort", "occurredAt").get(AUDIT).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("data", hasSize(3))
                .body("data.action", equalTo(java.util.List.of("create", "update", "delete")))
                .body("data.targetType", everyItem(equalTo("organizations")))
                .body("data.keyId", everyItem(equalTo(admin.id())))
                .body("data.clientId", everyItem(equalTo(admin.clientId())))
                .body("data[0].requestId", equalTo(requestId))
                .body("data[0].method", equalTo("POST"))
                .body("data[0].status", equalTo(201))
                .body("data[0].occurredAt", notNullValue());
        given().queryParam("keyId", admin.id()).queryParam("action", "update").get(AUDIT).then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].targetId", equalTo(id));
    }

    @Test
    void shouldRecordKeyManagementWithoutSecrets() {
        Fixtures.Issued key = Fixtures.contentKey();
        given().contentType(ContentType.JSON).body("{}")
                .post("/admin/v1/clients/" + key.clientId() + "/keys/" + key.id() + "/rotate").then().statusCode(201);
        given().queryParam("targetId", key.id()).get(AUDIT).then().statusCode(200)
                .body("data.action", equalTo(java.util.List.of("rotate", "create")));
    }

    @Test
    void shouldRecordWorkflowStepsAsTheirOwnActions() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("title", Json.unique("审计文章"), "body", "清远高新区代表团到访清远广播电视台。\n\n第二段。"))
                .post("/admin/v1/articles").then().statusCode(201).extract().path("id");
        given().post("/admin/v1/articles/" + id + "/publish").then().statusCode(200);
        given().queryParam("targetId", id).queryParam("sort", "occurredAt").get(AUDIT).then().statusCode(200)
                .body("data.action", equalTo(java.util.List.of("create", "publish")))
                .body("data.targetType", everyItem(equalTo("articles")));
    }

    @Test
    void shouldFilterAndRefuseBadFilters() {
        given().queryParam("action", "steal").get(AUDIT).then().statusCode(400).body("errors[0].field", equalTo("action"));
        given().queryParam("since", "yesterday").get(AUDIT).then().statusCode(400).body("errors[0].field", equalTo("since"));
        given().queryParam("keyId", "nope").get(AUDIT).then().statusCode(400);
        given().queryParam("targetId", "a\u0000b").get(AUDIT).then().statusCode(400).body("errors[0].field", equalTo("targetId"));
        given().queryParam("since", "2999-01-01T00:00:00Z").get(AUDIT).then().statusCode(200).body("data", hasSize(0));
        TestKeys.as(Fixtures.editorKey(Fixtures.organization("机构").id()).secret()).get(AUDIT).then().statusCode(403);
    }
}
