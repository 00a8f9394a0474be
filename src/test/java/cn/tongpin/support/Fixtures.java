package cn.tongpin.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Creates the items a test needs over the API and returns their ids. */
public final class Fixtures {

    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

    private Fixtures() {
    }

    public static String organization(String name) {
        return post("/admin/v1/organizations", Map.of("name", name, "kind", "other"));
    }

    public static String topic(String name) {
        return post("/admin/v1/topics", Map.of("name", name));
    }

    /** A participant holding the given titles at the given organizations, all current. */
    public static String participant(String name, Map<String, String> titleByOrganizationId) {
        List<Map<String, Object>> positions = titleByOrganizationId.entrySet().stream()
                .map(e -> Map.<String, Object>of("organization", e.getKey(), "title", e.getValue())).toList();
        return post("/admin/v1/participants", Map.of("name", name, "positions", positions));
    }

    public static String post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    public static int version(String path) {
        return given().get(path).then().statusCode(200).extract().path("version");
    }
}
