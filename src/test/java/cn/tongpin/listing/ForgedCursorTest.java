package cn.tongpin.listing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A cursor is only ever one we gave out: a well-formed one carrying values no column could hold
 * (text with NUL, a timestamp or date outside PostgreSQL's range) is a 400 naming the cursor, on
 * every list, never a statement the database refuses with a 500.
 */
@QuarkusTest
class ForgedCursorTest {

    private static final List<String> LISTS = List.of("/content/v1/articles", "/content/v1/meetings",
            "/content/v1/organizations", "/content/v1/participants", "/content/v1/topics", "/admin/v1/articles",
            "/admin/v1/meetings", "/admin/v1/organizations", "/admin/v1/participants", "/admin/v1/topics",
            "/admin/v1/clients", "/admin/v1/assets");

    private static final String ID = UUID.randomUUID().toString();

    @Test
    void shouldRefuseACursorWithTimestampsOutsideTheServicesRange() {
        for (String list : LISTS) {
            for (String time : List.of("-4713-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "0000-12-31T23:59:59Z", "+10000-01-01T00:00:00Z")) {
                refused(list, "createdAt", new Cursor("createdAt", List.of(time, ID)));
            }
        }
    }

    @Test
    void shouldRefuseACursorWithNulInText() {
        for (String list : LISTS) {
            refused(list, "slug", new Cursor("slug", List.of("a\u0000b", ID)));
            refused(list, "slug", new Cursor("slug", List.of("\u0000", ID)));
        }
    }

    @Test
    void shouldStillAcceptTheEarliestAndLatestTimestampsTheServiceTakes() {
        for (String time : List.of("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z")) {
            given().queryParam("sort", "createdAt").queryParam("cursor", new Cursor("createdAt", List.of(time, ID)).encode())
                    .get("/admin/v1/topics").then().statusCode(200);
        }
    }

    private static void refused(String list, String sort, Cursor cursor) {
        given().queryParam("sort", sort).queryParam("cursor", cursor.encode()).get(list)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("cursor"));
    }
}
