package cn.tongpin.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the OpenAPI document says by rule (web/OpenApiContract) holds for every operation: readable
 * unique operation ids, a key where one is needed with the 401/403/429 it brings, real media types
 * for binary answers, and no Java-only patterns or Jackson internals.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Set<String> METHODS = Set.of("get", "head", "post", "put", "patch", "delete");

    @Test
    void shouldNameEveryOperationOnceAndReadably() throws Exception {
        Set<String> ids = new HashSet<>();
        forEachOperation(document(), (what, operation) -> {
            String id = operation.path("operationId").asText("");
            assertTrue(id.matches("[a-z]+[A-Z][A-Za-z]+"), what + ": " + id);
            assertTrue(ids.add(id), what + " repeats " + id);
        });
        assertTrue(ids.containsAll(List.of("listArticles", "getDeliveredArticle", "listDeliveredArticles", "searchContent")));
    }

    @Test
    void shouldAskForAKeyWhereOneIsNeededAndSayWhatFollows() throws Exception {
        JsonNode document = document();
        assertEquals("key", document.at("/components/securitySchemes/contentKey/name").asText());
        forEachOperation(document, (what, operation) -> {
            boolean open = what.contains("/content/v1/assets/") || what.contains("stories.js") || what.contains("/sitemap");
            JsonNode responses = operation.get("responses");
            assertTrue(responses.has("400"), what);
            assertTrue(responses.has("429") && responses.at("/429/headers").has("Retry-After"), what);
            if (open) {
                return;
            }
            assertTrue(operation.get("security").size() > 0 && operation.get("security").get(0).has("apiKey"), what);
            assertTrue(responses.at("/401/headers").has("WWW-Authenticate"), what);
            assertTrue(responses.has("403"), what);
            if (what.startsWith("GET /content/v1/")) {
                assertTrue(operation.get("security").toString().contains("contentKey"), what);
                assertTrue(responses.at("/200/headers").has("ETag"), what);
            }
        });
    }

    @Test
    void shouldSayTheAnswersOfConditionalAndSearchedReads() throws Exception {
        forEachOperation(document(), (what, operation) -> {
            JsonNode responses = operation.get("responses");
            boolean conditional = false;
            boolean searched = false;
            for (JsonNode parameter : operation.path("parameters")) {
                conditional |= parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals("If-None-Match");
                searched |= parameter.path("in").asText().equals("query") && parameter.path("name").asText().equals("q");
            }
            if (conditional) {
                assertEquals("Not modified since the ETag or date sent", responses.at("/304/description").asText(), what);
            }
            if (searched && what.startsWith("GET /content/v1/")) { // a delivery list or the site search
                assertTrue(responses.at("/400/description").asText().contains("unusable q"), what);
            }
        });
    }

    /**
     * A client generated from the document shows each parameter's description as its documentation:
     * every path, query and header parameter of every operation has one, including a relation filter
     * or a recurring header a new endpoint declares bare.
     */
    @Test
    void shouldDescribeEveryParameter() throws Exception {
        Set<String> seen = new HashSet<>();
        forEachOperation(document(), (what, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                String name = parameter.path("in").asText() + " " + parameter.path("name").asText();
                seen.add(parameter.path("in").asText());
                assertFalse(parameter.path("description").asText("").isBlank(), what + ": " + name + " has no description");
            }
        });
        assertEquals(Set.of("path", "query", "header"), seen);
    }

    /**
     * A relation filter is worded for its list (an organization filters articles and meetings
     * differently), a parameter's own declaration wins over the shared wording, and a recurring
     * header reads the same on every operation.
     */
    @Test
    void shouldWordSharedParametersByListAndKeepDeclaredOnes() throws Exception {
        JsonNode document = document();
        String articles = parameter(document, "/content/v1/articles", "organization").path("description").asText();
        String meetings = parameter(document, "/content/v1/meetings", "organization").path("description").asText();
        assertTrue(articles.contains("articles") && meetings.contains("meetings") && !articles.equals(meetings), articles + " / " + meetings);
        assertEquals(meetings, parameter(document, "/admin/v1/meetings", "organization").path("description").asText());
        // The participants list declares its own words for this filter; the shared table must not replace them.
        assertTrue(parameter(document, "/admin/v1/participants", "organization").path("description").asText()
                .contains("holds or held a position"));
        Set<String> ifMatch = new HashSet<>();
        forEachOperation(document, (what, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals("If-Match")) {
                    ifMatch.add(parameter.path("description").asText());
                }
            }
        });
        assertEquals(1, ifMatch.size(), ifMatch.toString());
    }

    private static JsonNode parameter(JsonNode document, String path, String name) {
        for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    @Test
    void shouldDescribeBinaryAnswersAndNoJavaInternals() throws Exception {
        JsonNode document = document();
        assertTrue(document.at("/paths/~1content~1v1~1assets~1{id}/get/responses/200/content").has("image/png"));
        assertFalse(document.at("/paths/~1content~1v1~1assets~1{id}/get/responses/200/content").has("application/json"));
        assertTrue(document.at("/paths/~1embed~1v1~1stories.js/get/responses/200/content").has("text/javascript"));
        assertFalse(document.at("/components/schemas").has("JsonNode"));
        String text = document.toString();
        assertFalse(text.contains("\\\\p{"), "a Java-only regular expression class");
        JsonNode meta = document.at("/components/schemas/ListMeta");
        assertTrue(meta.get("required").toString().contains("nextCursor"));
        assertTrue(meta.at("/properties/nextCursor/type").toString().contains("null"));
        assertTrue(document.at("/components/schemas/ArticleRevision/properties/state").has("allOf"));
    }

    private static void forEachOperation(JsonNode document, java.util.function.BiConsumer<String, JsonNode> check) {
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
                }
            }
        }
    }

    private static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }
}
