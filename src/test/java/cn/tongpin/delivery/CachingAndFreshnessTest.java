package cn.tongpin.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.delivery.freshness.WriteFence;
import cn.tongpin.support.Fixtures;
import cn.tongpin.support.TestClock;
import cn.tongpin.web.http.HttpDates;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CachingAndFreshnessTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnswer304ForMatchingETagWithoutBody() {
        String slug = Fixtures.organization("缓存测试单位").with("kind", "media").slug();
        Response first = given().get("/content/v1/organizations/" + slug);
        first.then().statusCode(200)
                .header("ETag", matchesPattern("\"[0-9a-f]{64}\""))
                .header("Last-Modified", notNullValue())
                .header("Cache-Control", equalTo("public, max-age=0, stale-while-revalidate=30"))
                .header("Vary", containsString("Accept-Language"))
                .header("Content-Language", equalTo("zh-Hans"));
        String etag = first.header("ETag");
        given().header("If-None-Match", etag).get("/content/v1/organizations/" + slug).then().statusCode(304)
                .header("ETag", etag).body(equalTo(""));
        given().header("If-None-Match", "W/" + etag).get("/content/v1/organizations/" + slug).then().statusCode(304);
        given().header("If-None-Match", "\"other\"").get("/content/v1/organizations/" + slug).then().statusCode(200);
    }

    @Test
    void shouldAnswer304ForIfModifiedSinceOnlyOnceTheSecondHasPassed() {
        String slug = Fixtures.organization("日期缓存单位").with("kind", "media").slug();
        // Within the second the representation appeared, it is dated a second earlier: a client
        // sending that date back is told it changed since.
        String early = given().get("/content/v1/organizations/" + slug).then().statusCode(200).extract().header("Last-Modified");
        given().header("If-Modified-Since", early).get("/content/v1/organizations/" + slug).then().statusCode(200);
        // Once the clock has passed that second, the date is the representation's own.
        TestClock.awaitPast(HttpDates.parse(early).plusSeconds(2));
        String lastModified = given().get("/content/v1/organizations/" + slug).then().statusCode(200)
                .extract().header("Last-Modified");
        assertEquals(HttpDates.parse(early).plusSeconds(1), HttpDates.parse(lastModified));
        given().header("If-Modified-Since", lastModified).get("/content/v1/organizations/" + slug).then().statusCode(304);
        given().header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").get("/content/v1/organizations/" + slug)
                .then().statusCode(200);
    }

    @Test
    void shouldShowAWriteThroughTheManagementApiOnTheNextRead() {
        String slug = Fixtures.organization("改名前").with("kind", "media").slug();
        String etag = given().get("/content/v1/organizations/" + slug).then().body("name", equalTo("改名前")).extract().header("ETag");
        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"").body("{\"name\":\"改名后\"}")
                .patch("/admin/v1/organizations/" + slug).then().statusCode(200);
        Response after = given().header("If-None-Match", etag).get("/content/v1/organizations/" + slug);
        after.then().log().ifValidationFails().statusCode(200).body("name", equalTo("改名后"));
        assertNotEquals(etag, after.header("ETag"));
    }

    /**
     * Another instance of the service writes to the same database: simulated by a write on a
     * connection of its own, committed, then the writer's fence (what every instance does after a
     * write, {@link WriteFence}). Nothing tells this instance but PostgreSQL, and the very next
     * read must show the change.
     */
    @Test
    void shouldShowAWriteOfAnotherInstanceOnTheNextRead() throws Exception {
        String slug = Fixtures.organization("另一实例写入前").with("kind", "media").slug();
        String list = "/content/v1/organizations?kind=media&limit=100";
        for (int i = 0; i < 2; i++) { // the second read is served from the cache
            given().get("/content/v1/organizations/" + slug).then().body("name", equalTo("另一实例写入前"));
            given().get(list).then().statusCode(200);
        }
        String etag = given().get(list).header("ETag");
        for (int round = 1; round <= 20; round++) {
            String name = "另一实例写入" + round;
            writeElsewhere("update organization set name = ?, version = version + 1 where slug = ?", name, slug);
            given().get("/content/v1/organizations/" + slug).then().statusCode(200).body("name", equalTo(name));
            Response listed = given().header("If-None-Match", etag).get(list);
            listed.then().statusCode(200).body("data.find { it.slug == '" + slug + "' }.name", equalTo(name));
            etag = listed.header("ETag");
        }
    }

    private void writeElsewhere(String sql, String... params) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setString(i + 1, params[i]);
                }
                assertEquals(1, statement.executeUpdate());
            }
            assertTrue(WriteFence.await(connection, Duration.ofSeconds(5)), "every instance heard the write");
        }
    }

    @Test
    void shouldAnswerInTraditionalChineseWhenAsked() {
        String host = Fixtures.organization("清远高新区党工委").with("kind", "party_committee").slug();
        String slug = Fixtures.meeting("头发与理发，干部与干燥，皇后与后来").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "published")
                .hostedBy(host).slug();
        given().queryParam("locale", "zh-Hant").get("/content/v1/meetings/" + slug).then().statusCode(200)
                .header("Content-Language", "zh-Hant").header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("頭髮與理髮，幹部與乾燥，皇后與後來"))
                .body("hostOrganization.name", equalTo("清遠高新區黨工委"))
                .body("slug", equalTo(slug));
        for (String language : new String[] { "zh-TW", "zh-HK", "zh-Hant", "zh-Hant-TW,en;q=0.5" }) {
            given().header("Accept-Language", language).get("/content/v1/meetings/" + slug).then().statusCode(200)
                    .header("Content-Language", "zh-Hant").body("venue", equalTo("清遠廣播電視臺"));
        }
        given().header("Accept-Language", "zh-CN").get("/content/v1/meetings/" + slug).then()
                .header("Content-Language", "zh-Hans").body("venue", equalTo("清远广播电视台"));
        String hans = given().get("/content/v1/meetings/" + slug).header("ETag");
        String hant = given().header("Accept-Language", "zh-TW").get("/content/v1/meetings/" + slug).header("ETag");
        assertNotEquals(hans, hant);
    }

    @Test
    void shouldNeverCacheProblems() {
        given().get("/content/v1/organizations/no-such-thing").then().statusCode(404)
                .header("Cache-Control", "no-store").contentType("application/problem+json");
    }
}
