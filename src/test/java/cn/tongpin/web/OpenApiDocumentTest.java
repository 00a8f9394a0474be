package cn.tongpin.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document committed in openapi/ must be the one the code serves: the build rewrites
 * the file, so the committed copy (git HEAD) is what is compared.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void shouldMatchTheCommittedDocument() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode served = mapper.readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        JsonNode committed = mapper.readTree(committedDocument());
        assertEquals(committed, served,
                "openapi/openapi.json as committed differs from what the code produces: build, then commit openapi/ with the change");
    }

    private static String committedDocument() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "show", "HEAD:openapi/openapi.json").redirectErrorStream(false).start();
        byte[] out = git.getInputStream().readAllBytes();
        if (git.waitFor() == 0) {
            return new String(out, StandardCharsets.UTF_8);
        }
        // Outside a git checkout (e.g. a source archive) the file itself is the committed copy.
        return Files.readString(Path.of("openapi", "openapi.json"));
    }
}
