package cn.tongpin.channel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** The channel endpoints that do not need articles: feeds of a topic, the sitemap, the widget script. */
@QuarkusTest
class ChannelEndpointsTest {

    @Test
    void shouldServeValidFeedsOfATopicInEveryFormat() throws Exception {
        String name = "媒体融合" + Json.unique("");
        String topic = Fixtures.topic(name).id();
        String slug = given().get("/admin/v1/topics/" + topic).then().extract().path("slug");

        Response rss = given().get("/content/v1/feeds/topics/" + slug + "/rss");
        rss.then().statusCode(200).contentType(startsWith("application/rss+xml"))
                .header("Link", containsString("<https://content.tongpin.test/content/v1/feeds/topics/" + slug + "/rss>; rel=\"self\""));
        Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(rss.asString())));
        assertEquals("同频 · " + name, channel.getTitle());
        assertEquals("https://www.example.cn/topics/" + slug, channel.getLink());

        String atom = given().get("/content/v1/feeds/topics/" + topic + "/atom").then().statusCode(200)
                .contentType(startsWith("application/atom+xml")).extract().asString();
        Feed feed = (Feed) new WireFeedInput().build(new InputSource(new StringReader(atom)));
        assertEquals("urn:tongpin:feed:topics:" + topic, feed.getId());

        given().get("/content/v1/feeds/topics/" + slug + "/json").then().statusCode(200)
                .contentType(startsWith("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("feed_url", equalTo("https://content.tongpin.test/content/v1/feeds/topics/" + slug + "/json"))
                .body("items.size()", equalTo(0));
    }

    @Test
    void shouldConvertFeedToTraditionalAndAnswer304WhenUnchanged() {
        String topic = Fixtures.topic("经济发展" + Json.unique("")).id();
        Response first = given().queryParam("locale", "zh-Hant").get("/content/v1/feeds/topics/" + topic + "/rss");
        first.then().statusCode(200).header("Content-Language", "zh-Hant").header("Vary", containsString("Accept-Language"));
        assertTrue(first.asString().contains("經濟發展"), "title in Traditional");
        String etag = first.header("ETag");
        given().queryParam("locale", "zh-Hant").header("If-None-Match", etag).get("/content/v1/feeds/topics/" + topic + "/rss")
                .then().statusCode(304);
        given().header("Accept-Language", "zh-TW").header("If-None-Match", etag).get("/content/v1/feeds/topics/" + topic + "/rss")
                .then().statusCode(304);
        given().header("If-None-Match", etag).get("/content/v1/feeds/topics/" + topic + "/rss").then().statusCode(200)
                .header("Content-Language", "zh-Hans");
        given().header("If-Modified-Since", first.header("Last-Modified")).queryParam("locale", "zh-Hant")
                .get("/content/v1/feeds/topics/" + topic + "/rss").then().statusCode(304);
    }

    @Test
    void shouldRefuseUnknownFeedsAndParameters() {
        given().get("/content/v1/feeds/xml").then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().get("/content/v1/feeds/tags/x/rss").then().statusCode(404);
        given().get("/content/v1/feeds/topics/" + Json.unique("no-such") + "/rss").then().statusCode(404);
        given().queryParam("locale", "en").get("/content/v1/feeds/rss").then().statusCode(400).body("errors[0].field", equalTo("locale"));
        given().queryParam("limit", "5").get("/content/v1/feeds/rss").then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldListPublicPagesInSitemapWithHreflangAlternates() {
        String topic = Fixtures.topic("党建" + Json.unique("")).id();
        String slug = given().get("/admin/v1/topics/" + topic).then().extract().path("slug");
        String loc = "https://www.example.cn/topics/" + slug;
        Response sitemap = given().get("/sitemap.xml");
        sitemap.then().statusCode(200).contentType(startsWith("application/xml"));
        String xml = sitemap.asString();
        assertTrue(xml.contains("<loc>" + loc + "</loc>"), "topic page listed");
        assertTrue(xml.contains("hreflang=\"zh-Hant\" href=\"" + loc + "?locale=zh-Hant\""), () -> "Traditional alternate: " + xml.substring(xml.indexOf(loc) - 200, xml.indexOf(loc) + 400));
        given().header("If-None-Match", sitemap.header("ETag")).get("/sitemap.xml").then().statusCode(304);
        given().get("/sitemap-2.xml").then().statusCode(404);
    }

    @Test
    void shouldServeWidgetScriptCacheableFromAnySite() {
        Response script = given().get("/embed/v1/stories.js");
        script.then().statusCode(200).contentType(startsWith("text/javascript"))
                .header("Cache-Control", containsString("public"))
                .header("Access-Control-Allow-Origin", "*")
                .header("X-Content-Type-Options", "nosniff");
        assertTrue(script.asString().contains("attachShadow"));
        given().header("If-None-Match", script.header("ETag")).get("/embed/v1/stories.js").then().statusCode(304);
    }

    @Test
    void shouldAnswer404ForUnpublishedOrUnknownArticles() {
        given().get("/content/v1/articles/" + Json.unique("missing") + "/wechat").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/content/v1/articles/" + Json.unique("missing") + "/miniprogram").then().statusCode(404);
    }

    @Test
    void shouldRefuseWidgetLimitOutOfRange() {
        given().queryParams(Map.of("limit", "21")).get("/embed/v1/stories").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParams(Map.of("limit", "3", "locale", "zh-Hant")).get("/embed/v1/stories").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*").body("data", org.hamcrest.Matchers.notNullValue());
    }
}
