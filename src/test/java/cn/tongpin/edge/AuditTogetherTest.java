package cn.tongpin.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A write and its audit entry exist together or not at all; refused writes leave an entry too. */
@QuarkusTest
class AuditTogetherTest {

    static final String AUDIT = "/admin/v1/audit";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldNotKeepAWriteWhoseAuditEntryCannotBeRecorded() throws SQLException {
        String requestId = Json.unique("audit-fails");
        String name = Json.unique("无审计");
        execute("create function refuse_audit() returns trigger language plpgsql as $$ begin"
                + " if new.request_id = '" + requestId + "' then raise exception 'audit refused'; end if; return new; end $$");
        execute("create trigger refuse_audit before insert on audit_entry for each row execute function refuse_audit()");
        try {
            int status = given().header("X-Request-Id", requestId).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "kind", "other")).post("/admin/v1/organizations").statusCode();
            assertFalse(status >= 200 && status < 300, "the write was not confirmed: " + status);
        } finally {
            execute("drop trigger refuse_audit on audit_entry");
            execute("drop function refuse_audit()");
        }
        try (Connection connection = dataSource.getConnection();
                var count = connection.prepareStatement("select count(*) from organization where name = ?")) {
            count.setString(1, name);
            try (var rows = count.executeQuery()) {
                rows.next();
                assertEquals(0, rows.getInt(1), "the organization was not kept without its audit entry");
            }
        }
    }

    static Stream<Arguments> refusals() {
        return Stream.<Arguments>of(
                Arguments.of(401, (Write) (r, taken) -> r.contentType(ContentType.JSON)
                        .body(Map.of("name", "甲", "kind", "other")).post("/admin/v1/organizations"), "anonymous"),
                Arguments.of(401, (Write) (r, taken) -> r.contentType(ContentType.JSON)
                        .body(Map.of("name", "甲", "kind", "other")).post("/admin/v1/organizations?key=tp_test_secretsecretsecretsecretsecretsecretsecre"), "bad-key"),
                Arguments.of(403, (Write) (r, taken) -> r.contentType(ContentType.JSON)
                        .body(Map.of("name", "甲", "kind", "website")).post("/admin/v1/clients"), "editor"),
                Arguments.of(409, (Write) (r, taken) -> r.contentType(ContentType.JSON)
                        .body(Map.of("name", "甲", "kind", "other", "slug", taken)).post("/admin/v1/organizations"), "admin"),
                Arguments.of(412, (Write) (r, taken) -> r.contentType(ContentType.JSON)
                        .header("If-Match", "\"999\"").body(Map.of("name", "甲", "kind", "other")).put("/admin/v1/organizations/" + taken), "admin"),
                Arguments.of(422, (Write) (r, taken) -> r.contentType(ContentType.JSON)
                        .body(Map.of("name", "甲", "kind", "other", "parent", "no-such-parent")).post("/admin/v1/organizations"), "admin"));
    }

    private static String slug;

    interface Write {
        io.restassured.response.Response send(RequestSpecification request, String takenSlug);
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("refusals")
    void shouldRecordRefusedWritesWithoutBodiesOrSecrets(int status, Write write,
            String caller) {
        synchronized (AuditTogetherTest.class) {
            if (slug == null) {
                slug = Json.unique("s");
                given().contentType(ContentType.JSON).body(Map.of("name", "占用", "kind", "other", "slug", "taken-" + slug))
                        .post("/admin/v1/organizations").then().statusCode(201);
            }
        }
        String requestId = Json.unique("refused");
        RequestSpecification request = switch (caller) {
            case "anonymous", "bad-key" -> TestKeys.anonymous();
            case "editor" -> TestKeys.as(Fixtures.editorKey(Fixtures.organization("机构").id()).secret());
            default -> given();
        };
        io.restassured.response.Response answer = write.send(request.header("X-Request-Id", requestId), "taken-" + slug);
        assertEquals(status, answer.statusCode(), answer.asString());

        Map<String, Object> entry = awaitEntry(requestId);
        assertNotNull(entry, "an audit entry for the refused write");
        assertEquals(status, entry.get("status"));
        String recorded = entry.toString();
        assertFalse(recorded.contains("secret"), "no key material: " + recorded);
        assertFalse(recorded.contains("甲"), "no body: " + recorded);
        assertTrue(entry.get("path").toString().startsWith("/admin/v1/"), recorded);
        assertFalse(entry.get("path").toString().contains("?"), recorded);
    }

    /** The entry the refused write left, once the audit trail shows it. */
    private static Map<String, Object> awaitEntry(String requestId) {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString();
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> {
            List<Map<String, Object>> entries = given().queryParam("since", since).queryParam("limit", 100).get(AUDIT)
                    .then().statusCode(200).extract().path("data");
            return entries.stream().filter(entry -> requestId.equals(entry.get("requestId"))).findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
