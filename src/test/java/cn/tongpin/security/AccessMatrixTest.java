package cn.tongpin.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Route by route, from the application's own OpenAPI document: every /admin/v1 operation must declare
 * its roles, refuse anonymous callers (401) and content keys (403), and refuse editors when it is
 * admin only. A new endpoint without protection fails here.
 */
@QuarkusTest
class AccessMatrixTest {

    @Inject
    SecurityConfig security;

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Set<String> ROLES = Set.of(Roles.EDITOR, Roles.ADMIN);

    /** An operation of the document, called with a body of the media type it takes (JSON when it takes several or none). */
    record Route(String method, String template, List<String> roles, String mediaType) {

        String path() {
            return template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        }

        Response call(RequestSpecification spec) {
            return call(spec, "{}");
        }

        Response call(RequestSpecification spec, String body) {
            if (!method.equals("get") && !method.equals("delete")) {
                spec = spec.contentType(mediaType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return spec.request(method.toUpperCase(), path());
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + template;
        }
    }

    static List<Route> adminRoutes() {
        List<Route> routes = routes("/admin/v1");
        assertFalse(routes.isEmpty(), "the OpenAPI document lists no /admin/v1 route");
        return routes;
    }

    @SuppressWarnings("unchecked")
    static List<Route> routes(String root) {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        List<Route> routes = new ArrayList<>();
        paths.forEach((template, operations) -> {
            if (!template.startsWith(root)) {
                return;
            }
            operations.forEach((method, operation) -> {
                if (!METHODS.contains(method)) {
                    return;
                }
                // The roles an operation allows, as the document says them (from its @RolesAllowed).
                List<String> roles = (List<String>) ((Map<String, Object>) operation).getOrDefault("x-roles", List.of());
                Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) operation).get("requestBody");
                Map<String, Object> media = body == null ? Map.of() : (Map<String, Object>) body.getOrDefault("content", Map.of());
                String mediaType = media.isEmpty() || media.containsKey("application/json") ? "application/json" : media.keySet().iterator().next();
                routes.add(new Route(method, template, roles, mediaType));
            });
        });
        return routes;
    }

    @Test
    void everyAdminRouteShouldDeclareEditorOrAdminRoles() {
        for (Route route : adminRoutes()) {
            assertFalse(route.roles().isEmpty(), route + " has no @RolesAllowed: every /admin/v1 operation must declare its roles");
            assertTrue(ROLES.containsAll(route.roles()), route + " allows roles other than editor/admin: " + route.roles());
        }
    }

    @Test
    void everyAdminRouteShouldRefuseAnonymousCallers() {
        for (Route route : adminRoutes()) {
            Response answer = route.call(TestKeys.anonymous());
            assertEquals(401, answer.statusCode(), route + " answered " + answer.statusCode() + " without a key");
            assertEquals("application/problem+json", answer.contentType().split(";")[0], route.toString());
            assertEquals("Bearer realm=\"tongpin\"", answer.header("WWW-Authenticate"), route.toString());
            assertEquals("unauthorized", answer.path("code"), route.toString());
        }
    }

    @Test
    void everyAdminRouteShouldRefuseContentKeys() {
        String key = Fixtures.contentKey().secret();
        for (Route route : adminRoutes()) {
            Response answer = route.call(TestKeys.as(key));
            assertEquals(403, answer.statusCode(), route + " answered " + answer.statusCode() + " to a content key");
            assertEquals("application/problem+json", answer.contentType().split(";")[0], route.toString());
            assertEquals("forbidden", answer.path("code"), route.toString());
        }
    }

    @Test
    void adminOnlyRoutesShouldRefuseEditorKeys() {
        assertEditorsRefused("{}");
    }

    /**
     * The role check comes before the body is read, for the endpoints a resource declares and those it
     * inherits alike: a body that is not even JSON still gets the 403, not a 400.
     */
    @Test
    void adminOnlyRoutesShouldRefuseEditorKeysBeforeReadingTheBody() {
        assertEditorsRefused("{\"name\": ");
    }

    private static void assertEditorsRefused(String body) {
        String key = Fixtures.editorKey(Fixtures.organization("机构").id()).secret();
        int adminOnly = 0;
        for (Route route : adminRoutes()) {
            if (route.roles().contains(Roles.EDITOR)) {
                continue;
            }
            adminOnly++;
            Response answer = route.call(TestKeys.as(key), body);
            assertEquals(403, answer.statusCode(), route + " answered " + answer.statusCode() + " to an editor key");
            assertEquals("application/problem+json", answer.contentType().split(";")[0], route.toString());
            assertEquals("forbidden", answer.path("code"), route.toString());
        }
        assertTrue(adminOnly >= 10, "clients, keys, audit and organization writes are admin only");
    }

    /** The test profile runs like prod: the delivery API needs a key (none of its routes may be open). */
    @Test
    void everyDeliveryRouteShouldNeedAContentKey() {
        String address = TestKeys.address();
        String content = Fixtures.contentKey().secret();
        String editor = Fixtures.editorKey(Fixtures.organization("机构").id()).secret();
        for (Route route : routes("/content/v1")) {
            Response anonymous = route.call(TestKeys.anonymous().header("X-Forwarded-For", address));
            boolean open = security.delivery().openPaths().stream().anyMatch(route.path()::startsWith);
            assertEquals(!open, anonymous.statusCode() == 401, route + " answered " + anonymous.statusCode()
                    + " without a key (open paths: " + security.delivery().openPaths() + ")");
            Response inHeader = route.call(TestKeys.as(content));
            assertFalse(inHeader.statusCode() == 401 || inHeader.statusCode() == 403,
                    route + " answered " + inHeader.statusCode() + " to a content key");
            Response inQuery = route.call(TestKeys.anonymous().queryParam("key", content));
            assertEquals(inHeader.statusCode(), inQuery.statusCode(),
                    route + " must take a content key as ?key= like in the header: " + inQuery.asString());
            // Each refused key counts against its address: one fresh address per route.
            Response editorInQuery = route.call(TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address())
                    .queryParam("key", editor));
            assertEquals(401, editorInQuery.statusCode(), route + " accepted an editor key as ?key=");
        }
    }

    @Test
    void editorShouldReadButNotChangeOrganizations() {
        String organization = Fixtures.organization("机构").id();
        String key = Fixtures.editorKey(organization).secret();
        TestKeys.as(key).get("/admin/v1/organizations/" + organization).then().statusCode(200)
                .header("Cache-Control", "no-store");
        TestKeys.as(key).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("shortName", "改")).patch("/admin/v1/organizations/" + organization)
                .then().statusCode(403).contentType("application/problem+json");
        TestKeys.as(key).delete("/admin/v1/organizations/" + organization).then().statusCode(403);
        given().get("/admin/v1/organizations/" + organization).then().statusCode(200)
                .body("version", equalTo(1)).body("shortName", equalTo(null));
    }
}
