package cn.tongpin.web.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Images;
import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five kinds of cached answer (delivery JSON, a channel's feed, an asset, the embed script, a
 * WeChat image) follow one set of rules for If-None-Match and If-Modified-Since.
 */
@QuarkusTest
@Tag("persistence")
class CachedAnswersTest {

    record Kind(String name, Supplier<String> path) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String organization;
    private static String topic;
    private static String asset;
    private static String gif;

    /** Made once, by the first test (the service is not up yet when the class is set up). */
    @BeforeEach
    synchronized void content() {
        if (gif != null) {
            return;
        }
        organization = Fixtures.organization("条件请求单位" + Json.unique("")).id();
        topic = Fixtures.topic("条件请求专题" + Json.unique("")).id();
        asset = Fixtures.asset(Images.image("png", 40, 30), "image/png", "条件请求图片");
        // A GIF is re-encoded for WeChat once an article shows it.
        gif = Fixtures.asset(Images.image("gif", 64, 48), "image/gif", "条件请求动图");
        Fixtures.article("条件请求文章" + Json.unique(""))
                .html("<p>图前<img src=\"/content/v1/assets/" + gif + "\" alt=\"动图\">图后</p>").published();
    }

    static List<Kind> kinds() {
        return List.of(new Kind("delivery JSON", () -> "/content/v1/organizations/" + organization),
                new Kind("channel RSS", () -> "/content/v1/feeds/topics/" + topic + "/rss"),
                new Kind("asset", () -> "/content/v1/assets/" + asset),
                new Kind("embed script", () -> "/embed/v1/stories.js"),
                new Kind("WeChat image", () -> "/content/v1/wechat-images/" + gif));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldAnswerIfNoneMatchAlike(Kind kind) {
        String path = kind.path().get();
        Response full = given().get(path);
        full.then().statusCode(200);
        String etag = full.header("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{64}\""), "one ETag format: " + etag);

        for (String matching : List.of(etag, "W/" + etag, "\"other\", " + etag, "W/\"other\",W/" + etag, "*", " " + etag + " ")) {
            Response revalidated = given().header("If-None-Match", matching).get(path);
            assertEquals(304, revalidated.statusCode(), kind + " If-None-Match: " + matching);
            assertEquals("", revalidated.asString(), "no body on a 304");
            assertSameValidators(full, revalidated, kind);
        }
        for (String other : List.of("\"other\"", "W/\"other\"", etag.substring(0, etag.length() - 2) + "\"", "nonsense",
                "\"a,b\"")) {
            assertEquals(200, given().header("If-None-Match", other).get(path).statusCode(), kind + " If-None-Match: " + other);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldAnswerIfModifiedSinceAlike(Kind kind) {
        String path = kind.path().get();
        Response full = awaitLastModifiedOfAnEarlierSecond(path);
        String lastModified = full.header("Last-Modified");
        if (lastModified == null) {
            // Without a date of its own (a WeChat rendition), the date condition cannot be evaluated.
            assertEquals("WeChat image", kind.name());
            assertEquals(200, given().header("If-Modified-Since", HttpDates.format(Instant.now())).get(path).statusCode());
            return;
        }
        Instant date = HttpDates.parse(lastModified);
        assertNotNull(date, lastModified);
        Response revalidated = given().header("If-Modified-Since", lastModified).get(path);
        assertEquals(304, revalidated.statusCode(), kind + " If-Modified-Since: its own Last-Modified");
        assertSameValidators(full, revalidated, kind);
        assertEquals(304, given().header("If-Modified-Since", HttpDates.format(date.plusSeconds(3600))).get(path).statusCode());
        assertEquals(200, given().header("If-Modified-Since", HttpDates.format(date.minusSeconds(1))).get(path).statusCode());
        assertEquals(200, given().header("If-Modified-Since", "yesterday").get(path).statusCode(), "an unreadable date is ignored");
        assertEquals(200, given().header("If-None-Match", "\"other\"").header("If-Modified-Since", lastModified).get(path)
                .statusCode(), "If-None-Match wins over If-Modified-Since");
        assertEquals(304, given().header("If-None-Match", full.header("ETag"))
                .header("If-Modified-Since", HttpDates.format(date.minusSeconds(3600))).get(path).statusCode());
    }

    /** The ETag, Last-Modified, Cache-Control and Vary of the 200 come with the 304 too. */
    private static void assertSameValidators(Response full, Response revalidated, Kind kind) {
        for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Vary")) {
            assertEquals(full.header(header), revalidated.header(header), kind + ": " + header + " of the 304");
        }
    }

    /**
     * A delivery answer first seen within the current second is dated a second earlier (so that two
     * versions in one second cannot share a date); its own date holds once that second is over.
     */
    private static Response awaitLastModifiedOfAnEarlierSecond(String path) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            Response full = given().get(path);
            full.then().statusCode(200);
            String lastModified = full.header("Last-Modified");
            if (lastModified == null || given().header("If-Modified-Since", lastModified).get(path).statusCode() == 304
                    || Instant.now().isAfter(deadline)) {
                return full;
            }
            Thread.onSpinWait();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void shouldNotAnswer304ToARequestWithoutConditions(Kind kind) {
        Response full = given().get(kind.path().get());
        full.then().statusCode(200);
        assertNull(full.header("Content-Range"));
        assertTrue(full.asByteArray().length > 0, kind.name());
    }
}
