package cn.tongpin.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The query parameters the OpenAPI document declares are the ones the service accepts: every
 * operation refuses one it does not declare with a 400 naming it, and every {@code sort} and
 * {@code include} enumeration is what the service answers as allowed.
 */
@QuarkusTest
class DeclaredParametersTest {

    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "patch", "delete");

    @Test
    void shouldRefuseAnUndeclaredParameterOnEveryOperation() throws Exception {
        JsonNode paths = document().get("paths");
        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String url = path.getKey().replaceAll("\\{[^}]+}", "1"); // routes may want digits, as a sitemap page
                var request = given().queryParam("colour", "red").queryParam("limit_", "5");
                JsonNode body = operation.getValue().path("requestBody").path("content");
                if (body.isObject() && body.size() > 0) {
                    String type = body.fieldNames().next();
                    if (type.contains("json")) {
                        request.contentType(type).body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        request.contentType(type).body(new byte[] { 1 });
                    }
                }
                Response response = request.request(operation.getKey().toUpperCase(), url);
                String what = operation.getKey().toUpperCase() + " " + path.getKey();
                assertEquals(400, response.statusCode(), what);
                if (!operation.getKey().equals("head")) {
                    assertEquals(Problem.MEDIA_TYPE, response.contentType().split(";")[0], what);
                    assertEquals(List.of("colour", "limit_"), response.jsonPath().getList("errors.field"), what);
                }
                checked.add(what);
            }
        }
        assertTrue(checked.size() > 70, "operations checked: " + checked);
    }

    @Test
    void shouldAcceptEveryDeclaredParameterName() throws Exception {
        JsonNode lists = document().get("paths");
        for (String path : List.of("/content/v1/articles", "/content/v1/meetings", "/admin/v1/articles", "/admin/v1/meetings")) {
            for (JsonNode parameter : lists.get(path).get("get").get("parameters")) {
                String name = parameter.get("name").asText();
                Response response = given().queryParam(name, "§").get(path);
                if (response.statusCode() == 400) {
                    assertFalse(response.jsonPath().getString("detail").startsWith("Unknown query parameter"), path + " " + name);
                }
            }
        }
    }

    @Test
    void shouldDocumentExactlyTheSortKeysAndRelationsTheServiceAllows() throws Exception {
        JsonNode document = document();
        JsonNode schemas = document.get("components").get("schemas");
        int compared = 0;
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get == null || get.get("parameters") == null || path.getKey().contains("{")) {
                continue;
            }
            for (JsonNode parameter : get.get("parameters")) {
                String name = parameter.get("name").asText();
                JsonNode items = parameter.path("schema").path("items").path("$ref");
                if (!(name.equals("sort") || name.equals("include")) || items.isMissingNode()) {
                    continue;
                }
                Set<String> documented = new TreeSet<>();
                schemas.get(items.asText().substring("#/components/schemas/".length())).get("enum")
                        .forEach(v -> documented.add(v.asText().replaceFirst("^-", "")));
                boolean searchable = false;
                for (JsonNode other : get.get("parameters")) {
                    searchable |= other.get("name").asText().equals("q");
                }
                var request = given().queryParam(name, "zzz");
                if (searchable && name.equals("sort")) {
                    request.queryParam("q", "政府"); // relevance is a sort key only with q
                }
                String withQ = request.get(path.getKey()).then().statusCode(400).extract().jsonPath().getString("errors[0].message");
                Set<String> allowed = new TreeSet<>(List.of(withQ.substring(withQ.indexOf("allowed: ") + 9).split(", ")));
                assertEquals(allowed, documented, path.getKey() + " " + name);
                compared++;
            }
        }
        assertTrue(compared >= 14, "compared " + compared);
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }
}
