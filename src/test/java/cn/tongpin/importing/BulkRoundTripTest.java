package cn.tongpin.importing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.asset.AssetApiTest;
import cn.tongpin.security.ApiKeySecrets;
import cn.tongpin.support.Fixtures;
import cn.tongpin.support.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Export, import into an empty database, export again: the same bytes. The class runs on a
 * database of its own (a second embedded PostgreSQL folder), so emptying it touches no other test;
 * only the bootstrap administrator's client and key stay, as the test calls with that key. With an
 * external database configured (CI's second pass) the round trip is skipped rather than empty a
 * database other tests use; the tag own-database keeps it out of that pass for the same reason.
 */
@QuarkusTest
@TestProfile(BulkRoundTripTest.OwnDatabase.class)
@Tag("own-database")
class BulkRoundTripTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tongpin.database.embedded.data-dir", "target/test-data-bulk");
        }
    }

    private static final String NDJSON = "application/x-ndjson";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldExportImportIntoAnEmptyDatabaseAndExportTheSameBytes() throws SQLException {
        Assumptions.assumeTrue(System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null && System.getProperty("quarkus.datasource.jdbc.url") == null,
                "an external database is configured: it is not this test's to empty");
        String secret = seed();
        String first = export();
        for (String type : List.of("organization", "topic", "participant", "participant-position", "asset", "asset-content", "meeting",
                "meeting-organization", "meeting-attendee", "meeting-topic", "meeting-activity", "meeting-outcome", "article",
                "article-topic", "article-participant", "article-organization", "article-body-asset", "article-revision", "client",
                "client-origin")) {
            assertTrue(first.contains("{\"type\":\"" + type + "\""), type);
        }
        assertFalse(first.contains(secret.substring(8)), "no key secret leaves");
        assertFalse(first.contains("secret_hash"), "no key hash leaves");
        empty();
        assertEquals(List.of("header", "client"), export().lines().map(BulkRoundTripTest::type).distinct().toList(),
                "only the header and the administrator's client are left");

        Map<String, Long> lines = first.lines().skip(1).collect(Collectors.groupingBy(BulkRoundTripTest::type, Collectors.counting()));
        var loaded = given().contentType(NDJSON).body(bytes(first)).post("/admin/v1/imports/bulk").then().statusCode(200).extract();
        lines.forEach((type, count) -> assertEquals(type.equals("client") ? count.intValue() - 1 : count.intValue(),
                (int) loaded.path("types.'" + type + "'.inserted"), type));
        assertEquals(first, export());

        var again = given().contentType(NDJSON).body(bytes(first)).post("/admin/v1/imports/bulk").then().statusCode(200).extract();
        lines.forEach((type, count) -> assertEquals(count.intValue(), (int) again.path("types.'" + type + "'.skipped"), type));
        assertEquals(first, export());
    }

    @Test
    void shouldRejectABrokenStreamByLineAndLoadNothing() {
        String header = export().lines().findFirst().orElseThrow();
        String org = "{\"type\":\"organization\",\"data\":{\"id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"slug\":\"bulk-test-org\","
                + "\"name\":\"批量机构\",\"kind\":\"other\",\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-01-01T00:00:00Z\","
                + "\"version\":1}}";
        String orphan = "{\"type\":\"participant-position\",\"data\":{\"participant_id\":\"6f1c2d3e-0000-4000-8000-00000000dead\","
                + "\"sort_order\":0,\"organization_id\":\"6f1c2d3e-0000-4000-8000-000000000001\",\"title\":\"主任\"}}";
        Map<String, Integer> rejected = Map.of(
                header + "\n" + org + "\nnot json\n", 400,
                header + "\n{\"type\":\"secret\",\"data\":{}}\n", 400,
                header + "\n{\"type\":\"organization\"}\n", 400,
                org + "\n", 400,
                "", 400,
                header.replaceFirst("\"schema\":\"[^\"]*\"", "\"schema\":\"1\"") + "\n", 422,
                header + "\n" + org + "\n" + orphan + "\n", 422,
                header + "\n{\"type\":\"organization\",\"data\":{\"id\":\"not-a-uuid\"}}\n", 422);
        rejected.forEach((stream, status) -> given().contentType(NDJSON).body(bytes(stream)).post("/admin/v1/imports/bulk").then()
                .statusCode(status).contentType("application/problem+json"));
        given().get("/admin/v1/organizations/bulk-test-org").then().statusCode(404);
        given().contentType(NDJSON).body(bytes(header + "\n" + org + "\nnot json\n")).post("/admin/v1/imports/bulk").then()
                .body("errors[0].field", equalTo("line 3"));
    }

    @Test
    void shouldLetOnlyAdminsExportAndImport() {
        String editor = Fixtures.editorKey(Fixtures.organization("机构").id()).secret();
        TestKeys.as(editor).get("/admin/v1/export").then().statusCode(403);
        TestKeys.as(editor).contentType(NDJSON).body(bytes("")).post("/admin/v1/imports/bulk").then().statusCode(403);
        TestKeys.as(Fixtures.contentKey().secret()).get("/admin/v1/export").then().statusCode(403);
    }

    private static String type(String line) {
        return line.substring(9, line.indexOf('"', 9));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String export() {
        return given().get("/admin/v1/export").then().statusCode(200).contentType(NDJSON).extract().asString();
    }

    /** One of everything, with nesting and revisions; answers the secret of the key it issues. */
    private static String seed() {
        String parent = Fixtures.post("/admin/v1/organizations", Map.of("name", "清远高新区党工委", "kind", "party_committee"));
        String child = Fixtures.post("/admin/v1/organizations", Map.of("name", "清远高新区机关党委", "kind", "party_committee",
                "parent", parent));
        String topic = Fixtures.topic("党建").id();
        String person = Fixtures.participant("胡春龙").at(child, "机关党委书记").at(parent, "党工委委员").id();
        String asset = AssetApiTest.uploadPng();
        String meeting = Fixtures.post("/admin/v1/meetings", Map.of("kind", "symposium", "title", "宣传合作座谈会",
                "startsAt", "2025-10-11T09:30:00+08:00", "venue", "清远广播电视台", "hostOrganization", parent,
                "organizations", List.of(Map.of("organization", child, "role", "visiting")),
                "attendees", List.of(Map.of("participant", person, "role", "led_delegation")), "topics", List.of(topic),
                "activities", List.of(Map.of("title", "参观主播矩阵")), "outcomes", List.of("深化合作")));
        String article = Fixtures.post("/admin/v1/articles", Map.of("title", "座谈", "body", "正文。\n\n![现场](asset:" + asset + ")",
                "coverImage", asset, "topics", List.of(topic), "meeting", meeting, "participants", List.of(person),
                "organizations", List.of(child), "sourceOrganization", parent));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body(Map.of("title", "座谈（更新）"))
                .patch("/admin/v1/articles/" + article).then().statusCode(200);
        String client = Fixtures.client(null, "https://www.example.cn");
        return Fixtures.key(client, "content", List.of()).secret();
    }

    /** Empties the database but for the bootstrap administrator's client and key, which the test calls with. */
    private void empty() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate " + BulkTables.TABLES.stream().map(BulkTables.Table::name)
                    .filter(t -> !t.startsWith("api_client")).collect(Collectors.joining(", ")) + " cascade");
            statement.execute("delete from api_client where id not in (select client_id from api_key where secret_hash = '"
                    + ApiKeySecrets.hashHex(TestKeys.ADMIN) + "')");
        }
    }
}
