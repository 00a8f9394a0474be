package cn.tongpin.support.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract gate itself: it must fail where the answer and the document differ. */
class ResponseContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/things/{id}": {"get": {"operationId": "getThing", "responses": {
                "200": {"description": "ok", "headers": {"ETag": {"$ref": "#/components/headers/ETag"}},
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                "404": {"description": "none", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
              "/things/new": {"get": {"operationId": "getNewThing", "responses": {"204": {"description": "none"}}}}},
             "components": {
              "headers": {"ETag": {"schema": {"type": "string"}}},
              "schemas": {
                "Thing": {"type": "object", "required": ["name"], "properties": {
                  "name": {"type": "string"}, "note": {"type": ["string", "null"]},
                  "parts": {"type": "array", "items": {"$ref": "#/components/schemas/Part"}}}},
                "Part": {"type": "object", "properties": {"size": {"type": "integer"}}},
                "Problem": {"type": "object", "properties": {"title": {"type": "string"}, "status": {"type": "integer"}}}}}}
            """;

    private static ResponseContract contract;

    @BeforeAll
    static void load(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("openapi.json");
        Files.writeString(file, DOCUMENT);
        contract = new ResponseContract(ContractDocument.load(file));
    }

    @Test
    void shouldPassWhatTheDocumentDescribes() {
        assertEquals(List.of(), check("GET", "/things/1", 200, "application/json; charset=UTF-8", Map.of("ETag", "\"1\""),
                "{\"name\": \"会议\", \"note\": null, \"parts\": [{\"size\": 1}]}"));
        assertEquals(List.of(), check("GET", "/things/new", 204, null, Map.of(), ""));
        assertEquals(List.of(), check("GET", "/nowhere", 404, "application/problem+json", Map.of(), "{\"title\": \"Not found\"}"));
        assertEquals(List.of(), check("GET", "/q/health", 200, "application/json", Map.of(), "{\"anything\": 1}"));
    }

    @Test
    void shouldNameWhatDiffers() {
        List<Violation> unknown = check("GET", "/things/1", 200, "application/json", Map.of(),
                "{\"name\": \"x\", \"parts\": [{\"size\": 1, \"colour\": \"red\"}]}");
        assertEquals(1, unknown.size(), unknown.toString());
        assertEquals("/parts/*", unknown.get(0).line().split(" \\| ")[2]);
        assertTrue(unknown.get(0).operation().startsWith("getThing (GET /things/{id})"));
        assertTrue(check("GET", "/things/1", 200, "application/json", Map.of(), "{\"note\": 1}").size() >= 2); // name, note
        assertTrue(check("GET", "/things/1", 500, "application/json", Map.of(), "{}").get(0).message().contains("not declared"));
        assertTrue(check("GET", "/things/1", 200, "text/html", Map.of(), "<p>").get(0).where().equals("Content-Type"));
        assertTrue(check("GET", "/things/1", 404, "application/problem+json", Map.of("Location", "/x"), "{}").get(0).where()
                .equals("Location"));
        assertTrue(check("GET", "/nowhere", 200, "application/json", Map.of(), "{}").get(0).message().contains("does not describe"));
        assertTrue(check("GET", "/nowhere", 404, "text/html", Map.of(), "<p>").get(0).where().equals("Content-Type"));
        assertTrue(check("GET", "/things/new", 204, "application/json", Map.of(), "{}").isEmpty(), "204 has no body to check");
        assertTrue(check("GET", "/things/1", 200, "application/json", Map.of(), "not json").get(0).message().contains("not JSON"));
    }

    private static List<Violation> check(String method, String path, int status, String type, Map<String, String> headers,
            String body) {
        return contract.check(new ResponseContract.Answer(method, path, status, type, headers, body));
    }
}
