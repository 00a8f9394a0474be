package cn.tongpin.security;

import static org.hamcrest.Matchers.notNullValue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The partner widget's stories and the sitemap are delivery too: the stories need a content key
 * when delivery does, the script and the sitemap stay open, and every one of them is rate-limited.
 */
@QuarkusTest
class ChannelAccessTest {

    @Test
    void shouldNeedAContentKeyForWidgetStories() {
        TestKeys.anonymous().get("/embed/v1/stories").then().statusCode(401).contentType("application/problem+json");
        String key = Fixtures.contentKey().secret();
        TestKeys.anonymous().queryParam("key", key).get("/embed/v1/stories").then().statusCode(200)
                .header("RateLimit-Limit", notNullValue());
    }

    @Test
    void shouldKeepScriptAndSitemapOpenButLimited() {
        TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address()).get("/embed/v1/stories.js")
                .then().statusCode(200).header("RateLimit-Limit", notNullValue());
        TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address()).get("/sitemap.xml")
                .then().statusCode(200).header("RateLimit-Limit", notNullValue());
    }
}
