package cn.tongpin.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Images;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Answers made below the resources (size limits, HTTP parsing, ranges, throttling) are problems like any other. */
@QuarkusTest
class HttpEdgeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "POST /admin/v1/topics", "POST /admin/v1/organizations", "PUT /admin/v1/topics/{topic}",
            "PATCH /admin/v1/topics/{topic}" })
    void shouldHoldChunkedBodiesToTheJsonLimit(String operation) throws IOException {
        String[] parts = operation.replace("{topic}", topic()).split(" ");
        String head = parts[0] + " " + parts[1] + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestKeys.ADMIN
                + "\r\nContent-Type: " + (parts[0].equals("PATCH") ? "application/merge-patch+json" : "application/json")
                + "\r\nIf-Match: *\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        String answer = exchange(head, out -> {
            chunk(out, "{\"name\": \"大\", \"description\": \"");
            String filler = "很长的说明".repeat(2000);
            for (int i = 0; i < 80; i++) { // about 2.4 MB
                chunk(out, filler);
            }
            chunk(out, "\"}");
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        assertTrue(answer.startsWith("HTTP/1.1 413"), firstLine(answer));
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/content/v1/articles", "/admin/v1/topics", "/content/v1/feeds/rss", "/no/such/path" })
    void shouldAnswerAnOverlongRequestLineWithAProblem(String path) {
        given().queryParam("q", "长".repeat(3000)).get(path)
                .then().statusCode(414).contentType("application/problem+json").body("code", equalTo("uri_too_long"));
        given().get(path + "/" + "a".repeat(9000))
                .then().statusCode(414).contentType("application/problem+json").body("code", equalTo("uri_too_long"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/content/v1/articles", "/admin/v1/topics", "/no/such/path" })
    void shouldAnswerOverlargeHeadersWithAProblem(String path) {
        given().header("X-Filler", "x".repeat(32 * 1024)).get(path)
                .then().statusCode(431).contentType("application/problem+json").body("code", equalTo("headers_too_large"));
        given().header("X-A", "x".repeat(12 * 1024)).header("X-B", "x".repeat(12 * 1024)).get(path)
                .then().statusCode(431).contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAnUnsatisfiableRangeAsAProblemThatNoOneCachesForAYear() {
        String asset = given().contentType("image/png").body(Images.png(7, 3)).post("/admin/v1/assets").then().extract().path("id");
        Response answer = given().header("Range", "bytes=999999-").get("/content/v1/assets/" + asset);
        answer.then().statusCode(416).header("Content-Range", containsString("bytes */"))
                .contentType(containsString("application/problem+json"))
                .header("Cache-Control", not(containsString("immutable")));
    }

    @Test
    void shouldTellAnAddressSendingBadKeysItsRateLimit() {
        String address = TestKeys.address();
        String bad = "tp_test_" + "bad".repeat(15);
        for (int i = 0; i < 10; i++) {
            TestKeys.as(bad).header("X-Forwarded-For", address).get("/admin/v1/topics").then().statusCode(401);
        }
        Response slowed = TestKeys.as(bad).header("X-Forwarded-For", address).get("/admin/v1/topics");
        slowed.then().statusCode(429).contentType("application/problem+json").body("code", equalTo("rate_limited"))
                .header("RateLimit-Limit", equalTo("10")).header("RateLimit-Remaining", equalTo("0"));
        assertNotNull(slowed.header("RateLimit-Reset"));
    }

    private static String topicId;

    private static synchronized String topic() {
        if (topicId == null) {
            topicId = Fixtures.topic(Json.unique("大块")).id();
        }
        return topicId;
    }

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** Sends the head and body, tolerating a server that answers and closes before the body is all sent. */
    private static String exchange(String head, Body body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.UTF_8));
                body.write(out);
                out.flush();
            } catch (IOException e) {
                // The answer was sent early and the connection closed: read it below.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0;) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // A reset after the answer: what arrived is enough.
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            assertFalse(text.isEmpty(), "an answer");
            return text;
        }
    }

    private static String firstLine(String answer) {
        return answer.lines().findFirst().orElse("");
    }
}
