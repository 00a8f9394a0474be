package cn.tongpin.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input that used to reach PostgreSQL or the answer writer and come back as a 500. */
@QuarkusTest
class HostileInputTest {

    /** Valid ISO-8601 for Java, outside what PostgreSQL (and RFC 3339's four-digit years) can hold. */
    static final List<String> FAR_TIMES = List.of("-4713-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z", "+294277-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "0000-12-31T00:00:00Z");

    static Stream<Arguments> timeParameters() {
        List<Arguments> cases = new ArrayList<>();
        for (String[] p : List.of(new String[] { "/content/v1/articles", "publishedAfter" },
                new String[] { "/content/v1/articles", "publishedBefore" }, new String[] { "/admin/v1/articles", "publishedAfter" },
                new String[] { "/admin/v1/articles", "publishedBefore" }, new String[] { "/content/v1/meetings", "from" },
                new String[] { "/content/v1/meetings", "to" }, new String[] { "/admin/v1/meetings", "from" },
                new String[] { "/admin/v1/meetings", "to" }, new String[] { "/admin/v1/audit", "since" },
                new String[] { "/admin/v1/audit", "until" })) {
            for (String time : FAR_TIMES) {
                cases.add(Arguments.of(p[0], p[1], time));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("timeParameters")
    void shouldRefuseTimestampParametersOutsideTheStorableRange(String path, String parameter, String time) {
        given().queryParam(parameter, time).get(path).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(parameter));
    }

    static Stream<Arguments> timeFields() {
        List<Arguments> cases = new ArrayList<>();
        for (String time : FAR_TIMES) {
            cases.add(Arguments.of("/admin/v1/meetings", "{\"kind\": \"other\", \"title\": \"甲\", \"startsAt\": \"" + time + "\"}", "startsAt"));
            cases.add(Arguments.of("/admin/v1/meetings", "{\"kind\": \"other\", \"title\": \"甲\", \"startsAt\": \"2025-10-11T09:30:00Z\", \"endsAt\": \"" + time + "\"}", "endsAt"));
            cases.add(Arguments.of("/admin/v1/articles", "{\"title\": \"甲\", \"unpublishAt\": \"" + time + "\"}", "unpublishAt"));
            cases.add(Arguments.of("/admin/v1/clients/" + "{client}" + "/keys",
                    "{\"kind\": \"content\", \"expiresAt\": \"" + time + "\"}", "expiresAt"));
            String date = time.substring(0, time.indexOf('T'));
            cases.add(Arguments.of("/admin/v1/participants", "{\"name\": \"甲\", \"positions\": [{\"organization\": \""
                    + "{org}" + "\", \"title\": \"乙\", \"from\": \"" + date + "\"}]}", "positions[0].from"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {2} {1}")
    @MethodSource("timeFields")
    void shouldRefuseBodyTimesOutsideTheStorableRange(String path, String body, String field) {
        given().contentType(ContentType.JSON).body(resolve(body).getBytes(StandardCharsets.UTF_8)).post(resolve(path)).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(field));
    }

    private static Map<String, String> items;

    /** Items the bodies name, made on first use (argument sources run before the app is reachable). */
    static synchronized String resolve(String text) {
        if (items == null) {
            items = Map.of("{org}", Fixtures.organization("机构").id(), "{client}", Fixtures.client(null));
        }
        for (Map.Entry<String, String> item : items.entrySet()) {
            text = text.replace(item.getKey(), item.getValue());
        }
        return text;
    }

    static Stream<Arguments> queryParameters() {
        List<Arguments> cases = new ArrayList<>();
        List<String[]> parameters = List.of(new String[] { "/content/v1/articles", "q" }, new String[] { "/content/v1/search", "q" },
                new String[] { "/admin/v1/articles", "q" }, new String[] { "/admin/v1/assets", "contentType" },
                new String[] { "/content/v1/articles", "topic" }, new String[] { "/content/v1/meetings", "q" },
                new String[] { "/admin/v1/organizations", "cursor" }, new String[] { "/admin/v1/audit", "targetType" },
                new String[] { "/content/v1/feeds/rss", "locale" }, new String[] { "/embed/v1/stories", "locale" });
        for (String[] p : parameters) {
            for (String value : List.of("%00", "a%00b", "%01", "%C2%85", "%EF%BF%BF", "%ED%A0%80")) {
                cases.add(Arguments.of(p[0], p[1], value));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}?{1}={2}")
    @MethodSource("queryParameters")
    void shouldRefuseUncarriableTextInAnyQueryParameter(String path, String parameter, String encoded) {
        given().urlEncodingEnabled(false).get(path + "?" + parameter + "=" + encoded).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(parameter));
    }

    /** Summaries and slugs are made from what editors write; a character may be many code points. */
    static Stream<Arguments> derivedText() {
        String marks = "\u0301".repeat(1000);
        String han = "中" + "\u0300".repeat(280);
        return Stream.of(
                Arguments.of("/admin/v1/articles", Map.of("body", "a" + marks + "。后文")),
                Arguments.of("/admin/v1/articles", Map.of("body", ("中" + "\u0301".repeat(30)).repeat(200))),
                Arguments.of("/admin/v1/articles", Map.of("title", han)),
                Arguments.of("/admin/v1/meetings", Map.of("kind", "other", "title", han, "startsAt", "2025-10-11T09:30:00Z")),
                Arguments.of("/admin/v1/topics", Map.of("name", "a" + "\u0301".repeat(99))),
                Arguments.of("/admin/v1/organizations", Map.of("name", "a" + "\u0301".repeat(199), "kind", "other")));
    }

    @ParameterizedTest(name = "{0} {index}")
    @MethodSource("derivedText")
    void shouldKeepTextDerivedFromCombiningMarksWithinItsColumn(String path, Map<String, Object> body) {
        var created = given().contentType(ContentType.JSON).body(body).post(path);
        created.then().statusCode(201);
        String summary = created.path("summary");
        if (summary != null) {
            assertTrue(summary.codePointCount(0, summary.length()) <= 1000, "summary fits its column");
        }
        String slug = created.path("slug");
        assertTrue(slug.length() <= 100, "slug fits its column");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/content/v1/articles?limit=1", "/content/v1/organizations?limit=1", "/admin/v1/organizations?limit=1",
            "/content/v1/articles?limit=1&page=1", "/admin/v1/audit?limit=1", "/embed/v1/stories?limit=1" })
    void shouldLinkTheNextPageForHttp10RequestsWithoutHost(String path) throws IOException {
        String answer = rawRequest("GET " + path + " HTTP/1.0\r\nAuthorization: Bearer " + TestKeys.ADMIN + "\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.0 200") || answer.startsWith("HTTP/1.1 200"), answer.lines().findFirst().orElse(""));
        if (path.startsWith("/content/")) {
            assertTrue(answer.toLowerCase().contains("\nlink: <" + path.substring(0, path.indexOf('?'))), "a next link: " + answer.lines().limit(20).toList());
        }
    }

    @Test
    void shouldSpoolUploadsToAFolderOfItsOwn() throws IOException {
        String configured = ConfigProvider.getConfig().getValue("quarkus.http.body.uploads-directory", String.class);
        Path folder = Path.of(configured).toAbsolutePath().normalize();
        assertNotEquals(Path.of(System.getProperty("java.io.tmpdir"), "uploads").toAbsolutePath().normalize(), folder,
                "not the folder every process on the machine shares");
        given().multiPart("file", "x.png", cn.tongpin.support.Images.png(3, 2), "image/png").multiPart("altText", Json.unique("图"))
                .post("/admin/v1/assets").then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(200)));
        assertTrue(Files.isDirectory(folder));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE),
                Files.getPosixFilePermissions(folder), "only the service's user may read spooled uploads");
    }

    static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                answer.write(buffer, 0, n);
                if (answer.size() > 1_000_000) {
                    break;
                }
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
