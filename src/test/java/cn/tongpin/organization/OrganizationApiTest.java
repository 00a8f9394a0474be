package cn.tongpin.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationApiTest {

    static final String BASE = "/admin/v1/organizations";
    static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    static Response create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(BASE);
    }

    static String createId(String name, String kind) {
        return create(Map.of("name", name, "kind", kind)).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldCreateAndReadByIdAndSlug() {
        String slug = Json.unique("zone");
        Response created = create(Map.of("slug", slug, "name", "清远高新区", "shortName", "高新区", "kind", "government",
                "website", "https://www.example.cn", "wechatAccount", "清远高新"));
        created.then().statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .header("ETag", equalTo("\"1\""))
                .body("slug", equalTo(slug))
                .body("name", equalTo("清远高新区"))
                .body("version", equalTo(1))
                .body("createdAt", notNullValue());
        String id = created.path("id");

        given().get(BASE + "/" + id).then().statusCode(200).body("slug", equalTo(slug)).header("Cache-Control", "no-store");
        given().get(BASE + "/" + slug).then().statusCode(200).body("id", equalTo(id)).body("shortName", equalTo("高新区"));
    }

    @Test
    void shouldGeneratePinyinSlugForChineseName() {
        String name = "清远日报社" + Json.unique("");
        create(Map.of("name", name, "kind", "media")).then().statusCode(201)
                .body("slug", startsWith("qing-yuan-ri-bao-she"))
                .body("slug", matchesPattern("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void shouldNumberGeneratedSlugWhenTaken() {
        String name = "测试机构" + Json.unique("x").substring(2);
        String first = create(Map.of("name", name, "kind", "other")).then().statusCode(201).extract().path("slug");
        String second = create(Map.of("name", name, "kind", "other")).then().statusCode(201).extract().path("slug");
        org.junit.jupiter.api.Assertions.assertEquals(first + "-2", second);
    }

    @Test
    void shouldRefuseDuplicateSlugWith409() {
        String slug = Json.unique("dup");
        create(Map.of("slug", slug, "name", "甲", "kind", "other")).then().statusCode(201);
        create(Map.of("slug", slug, "name", "乙", "kind", "other")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("duplicate_slug"))
                .body("errors[0].field", equalTo("slug"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        create(Map.of("name", " ", "kind", "bank", "website", "javascript:alert(1)")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"));
        create(Map.of("name", " ", "website", "javascript:alert(1)")).then().statusCode(400)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("website"))
                .body("requestId", notNullValue());
    }

    @Test
    void shouldRefuseCycles() {
        String a = createId("甲单位", "other");
        String b = given().contentType(ContentType.JSON).body(Map.of("name", "乙单位", "kind", "other", "parent", a))
                .post(BASE).then().statusCode(201).extract().path("id");
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body(Map.of("parent", b)).patch(BASE + "/" + a)
                .then().statusCode(422).body("code", equalTo("cycle")).body("errors[0].field", equalTo("parent"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"")
                .body(Map.of("parent", a)).patch(BASE + "/" + a)
                .then().statusCode(422).body("code", equalTo("cycle"));
    }

    @Test
    void shouldPatchReplaceAndHonourIfMatch() {
        String id = createId("单位" + Json.unique(""), "company");
        given().contentType(MERGE_PATCH).body(Map.of("shortName", "简称"))
                .patch(BASE + "/" + id).then().statusCode(428).body("code", equalTo("precondition_required"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"7\"").body(Map.of("shortName", "简称"))
                .patch(BASE + "/" + id).then().statusCode(412);
        given().get(BASE + "/" + id).then().body("shortName", nullValue());

        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("shortName", "简称"))
                .patch(BASE + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("shortName", equalTo("简称")).body("kind", equalTo("company"));

        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("name", "新名称", "kind", "school"))
                .put(BASE + "/" + id).then().statusCode(200)
                .body("name", equalTo("新名称")).body("shortName", nullValue()).body("version", equalTo(3));
        // A slug never changes by itself, not even when the name does.
        given().get(BASE + "/" + id).then().body("slug", startsWith("dan-wei"));
    }

    @Test
    void shouldReplayIdempotentPost() {
        String key = Json.unique("key");
        Map<String, Object> body = Map.of("name", "幂等" + key, "kind", "other");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("limit", 100).get(BASE).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("name", "别的", "kind", "other")).post(BASE)
                .then().statusCode(422).body("code", equalTo("idempotency_key_reused"));
    }

    @Test
    void shouldRefuseDeletingReferencedOrganization() {
        String parent = createId("上级" + Json.unique(""), "party_committee");
        String child = given().contentType(ContentType.JSON).body(Map.of("name", "下级机构", "kind", "party_committee", "parent", parent))
                .post(BASE).then().statusCode(201).extract().path("id");
        given().delete(BASE + "/" + parent).then().statusCode(409)
                .body("code", equalTo("referenced")).body("detail", containsString("下级机构"));
        given().delete(BASE + "/" + child).then().statusCode(204);
        given().delete(BASE + "/" + parent).then().statusCode(204);
        given().get(BASE + "/" + parent).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldPageWithCursorAndCount() {
        String kindFilterParent = createId("分页上级" + Json.unique(""), "other");
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("name", "子" + i, "kind", "other", "parent", kindFilterParent))
                    .post(BASE).then().statusCode(201);
        }
        Response page1 = given().queryParam("parent", kindFilterParent).queryParam("limit", 2).queryParam("count", true)
                .queryParam("sort", "-name").get(BASE);
        page1.then().statusCode(200).body("data.size()", is(2)).body("data[0].name", equalTo("子4"))
                .body("meta.total", equalTo(5)).body("meta.nextCursor", notNullValue());
        String cursor = page1.path("meta.nextCursor");
        given().queryParam("parent", kindFilterParent).queryParam("limit", 2).queryParam("sort", "-name")
                .queryParam("cursor", cursor).get(BASE)
                .then().statusCode(200).body("data[0].name", equalTo("子2")).body("data[1].name", equalTo("子1"));
        given().queryParam("parent", kindFilterParent).queryParam("limit", 2).queryParam("page", 3).get(BASE)
                .then().statusCode(200).body("data.size()", is(1)).body("meta.nextCursor", nullValue());
    }

    @Test
    void shouldRefuseBadListParameters() {
        given().queryParam("limit", 101).get(BASE).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "abc").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("sort", "password").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("colour", "red").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().queryParam("cursor", "bm90LWEtY3Vyc29y").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().queryParam("kind", "bank").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().queryParam("cursor", "x").queryParam("page", 2).get(BASE).then().statusCode(400);
    }

    @Test
    void shouldAnswerHostileBodiesWithProblemsAndStoreNothing() {
        String name = Json.unique("hostile");
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",").post(BASE)
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("malformed_json"));
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"kind\":\"other\",\"admin\":true}").post(BASE)
                .then().statusCode(400).body("errors[0].field", equalTo("admin"));
        given().contentType(ContentType.JSON).body("{\"name\":[1,2],\"kind\":\"other\"}").post(BASE)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.JSON).body("[]").post(BASE).then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\\u0000\",\"kind\":\"other\"}").post(BASE)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().contentType(ContentType.XML).body("<x/>").post(BASE).then().statusCode(415).contentType("application/problem+json");
        String big = "{\"name\":\"" + "长".repeat(600_000) + "\",\"kind\":\"other\"}";
        given().contentType(ContentType.JSON).body(big).post(BASE).then().statusCode(413).contentType("application/problem+json");
        given().queryParam("limit", 100).get(BASE).then().statusCode(200).body("data.name", not(hasItem(name)));
    }

    @Test
    void shouldAnswerOddIdsAndSlugsWith404() {
        given().get(BASE + "/%00").then().statusCode(404).contentType("application/problem+json");
        given().get(BASE + "/" + "a".repeat(1000)).then().statusCode(404);
        given().get(BASE + "/清远").then().statusCode(404);
        given().get(BASE + "/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().queryParam("parent", "\u0000x").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("parent"));
    }

    @Test
    void shouldEchoWellFormedRequestIdAndReplaceBadOnes() {
        given().header("X-Request-Id", "trace-12345678").get(BASE + "/nope")
                .then().statusCode(404).header("X-Request-Id", "trace-12345678").body("requestId", equalTo("trace-12345678"));
        given().header("X-Request-Id", "bad id\u0001").get(BASE + "/nope")
                .then().statusCode(404).header("X-Request-Id", not(containsString("bad")));
    }
}
