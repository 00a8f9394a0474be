package cn.tongpin.channel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.channel.wechat.WechatHtml;
import cn.tongpin.channel.wechat.WechatImageEncoder;
import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** WeChat drafts and mini-program blocks of real published articles, made from the hostile article. */
@QuarkusTest
@Tag("persistence")
class ArticleChannelsApiTest {

    static final String BASE = "https://content.tongpin.test";

    String normal;
    String heavy;
    String gif;
    String cover;

    @BeforeEach
    void images() {
        normal = ChannelFixtures.upload(ChannelFixtures.flat("jpeg", 1200, 800), "image/jpeg", "正常图片");
        byte[] heavyPng = ChannelFixtures.pngOverWechatLimit();
        assertTrue(heavyPng.length > WechatImageEncoder.MAX_BYTES && heavyPng.length < 1_048_576, heavyPng.length + " bytes");
        heavy = ChannelFixtures.upload(heavyPng, "image/png", "巨大图片");
        gif = ChannelFixtures.upload(ChannelFixtures.flat("gif", 320, 200), "image/gif", "动图");
        cover = ChannelFixtures.upload(ChannelFixtures.flat("jpeg", 3000, 1000), "image/jpeg", "封面");
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("focalX", 0.9, "focalY", 0.5))
                .patch("/admin/v1/assets/" + cover).then().statusCode(200);
    }

    String hostileBody() {
        return HostileArticle.XSS.replace(HostileArticle.NORMAL.toString(), normal).replace(HostileArticle.HUGE.toString(), heavy)
                .replace(HostileArticle.WEBP.toString(), gif).replace("data-asset-id=\"", "src=\"/content/v1/assets/")
                // The management API refuses images that are not assets; a foreign image is what reaches it.
                .replace("/content/v1/assets/" + HostileArticle.UNKNOWN, "https://evil.example.com/unknown.png");
    }

    Map<String, Object> hostileArticle() {
        Map<String, Object> article = ChannelFixtures.article(HostileArticle.TITLE, hostileBody());
        article.put("byline", HostileArticle.BYLINE);
        article.put("summary", HostileArticle.SUMMARY);
        article.put("coverImage", cover);
        return article;
    }

    @Test
    void shouldAnswerWechatDraftOfHostileArticleWithinWechatsLimits() throws Exception {
        String id = ChannelFixtures.published(hostileArticle());
        Response response = given().get("/content/v1/articles/" + ChannelFixtures.slug(id) + "/wechat");
        response.then().statusCode(200).contentType(startsWith("application/json"));
        JsonPath draft = response.jsonPath();
        assertEquals(32, Characters.length(draft.getString("article.title")));
        assertEquals(16, Characters.length(draft.getString("article.author")));
        assertTrue(Characters.length(draft.getString("article.digest")) <= 128);
        assertEquals(List.of("title", "author", "digest"), draft.getList("warnings.findAll { it.code == 'truncated' }.field"));
        assertEquals("https://www.example.cn/news/" + ChannelFixtures.slug(id), draft.getString("article.content_source_url"));
        assertEquals(0, draft.getInt("article.need_open_comment"));
        assertEquals("0.666667_0_1_1", draft.getString("article.pic_crop_1_1"), "the square crop follows the focal point");
        String content = draft.getString("article.content");
        HostileArticle.assertSafeHtml(content, WechatHtml.TAGS);
        assertTrue(content.contains("参考链接"));
        assertEquals(cover, draft.getString("thumbAssetId"));

        List<Map<String, Object>> images = draft.getList("images");
        assertEquals(List.of(cover, normal, heavy, gif), images.stream().map(i -> i.get("assetId")).toList());
        for (Map<String, Object> image : images) {
            String url = (String) image.get("url");
            assertTrue(url.startsWith(BASE), url);
            assertTrue(content.contains("data-asset-id=\"" + image.get("assetId") + "\"") || image.get("role").equals("cover"));
            Response bytes = given().get(url.substring(BASE.length()));
            bytes.then().statusCode(200).contentType((String) image.get("mimeType"));
            byte[] body = bytes.asByteArray();
            assertTrue(List.of("image/jpeg", "image/png").contains(image.get("mimeType")));
            assertTrue(body.length < WechatImageEncoder.MAX_BYTES, url + ": " + body.length);
            assertEquals(((Number) image.get("bytes")).longValue(), body.length);
            assertEquals(image.get("sha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
        }
        assertTrue(((String) images.get(2).get("url")).contains("/content/v1/wechat-images/"), "the heavy PNG is re-encoded");
        assertTrue(((String) images.get(3).get("url")).contains("/content/v1/wechat-images/"), "the GIF is re-encoded");

        String again = given().get("/content/v1/articles/" + id + "/wechat").then().statusCode(200).extract().path("contentHash");
        assertEquals(draft.getString("contentHash"), again, "unchanged content keeps its hash");
        given().header("If-None-Match", response.header("ETag")).get("/content/v1/articles/" + id + "/wechat").then().statusCode(304);
    }

    @Test
    void shouldRefuseWechatDraftOf30000CharacterBodyWithItsSize() {
        Map<String, Object> article = hostileArticle();
        article.put("body", hostileBody() + "<p>" + "长".repeat(30_000) + "</p>");
        String id = ChannelFixtures.published(article);
        given().get("/content/v1/articles/" + id + "/wechat").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("wechat_content_too_large"))
                .body("detail", org.hamcrest.Matchers.matchesPattern(".*has 3\\d{4} characters and \\d+ bytes.*"))
                .body("errors[0].field", equalTo("content"));
        given().get("/content/v1/articles/" + id + "/miniprogram").then().statusCode(200);
    }

    @Test
    void shouldAnswerMiniProgramBlocksOfHostileArticle() throws Exception {
        String id = ChannelFixtures.published(hostileArticle());
        JsonPath blocks = given().queryParam("locale", "zh-Hant").get("/content/v1/articles/" + id + "/miniprogram")
                .then().statusCode(200).header("Content-Language", "zh-Hant").extract().jsonPath();
        assertTrue(blocks.getString("title").startsWith("清遠高新區"));
        List<String> types = blocks.getList("blocks.type");
        assertTrue(types.containsAll(List.of("rich", "image", "link")), types.toString());
        for (String src : blocks.<String>getList("blocks.findAll { it.type == 'image' }.src")) {
            assertTrue(src.startsWith(BASE + "/content/v1/assets/"), src);
        }
        assertEquals(BASE + "/content/v1/assets/" + cover, blocks.getString("cover.src"));
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(blocks.getList("blocks"));
        for (String bad : List.of("<script", "\"script\"", "onerror", "onclick", "javascript:", "\"iframe\"", "\"id\"", "\"class\"")) {
            assertFalse(json.contains(bad), bad);
        }
    }

    @Test
    void shouldNeverShowDraftsOnAnyChannel() {
        String id = ChannelFixtures.create(hostileArticle());
        given().get("/content/v1/articles/" + id + "/wechat").then().statusCode(404);
        given().get("/content/v1/articles/" + id + "/miniprogram").then().statusCode(404);
        given().get("/content/v1/feeds/json").then().statusCode(200).body("items.id", not(hasItem("urn:uuid:" + id)));
        assertFalse(given().get("/sitemap.xml").asString().contains(ChannelFixtures.slug(id)));
    }

    @Test
    void shouldCarrySyndicationPolicyWithArticleAndFeeds() {
        String topic = Fixtures.topic("媒体融合" + Json.unique(""));
        Map<String, Object> article = ChannelFixtures.article("联合宣传" + Json.unique(""), "<p>正文</p>");
        article.put("topics", List.of(topic));
        article.put("syndication", Map.of("republish", false, "attribution", "来源：清远日报社（转载请联系）", "edits", true));
        String id = ChannelFixtures.published(article);
        given().get("/admin/v1/articles/" + id).then().statusCode(200)
                .body("syndication.republish", equalTo(false)).body("syndication.edits", equalTo(true))
                .body("syndication.attribution", equalTo("来源：清远日报社（转载请联系）"));
        given().get("/content/v1/articles/" + id).then().statusCode(200)
                .body("syndication.republish", equalTo(false)).body("syndication.attribution", equalTo("来源：清远日报社（转载请联系）"));
        String rss = given().get("/content/v1/feeds/topics/" + topic + "/rss").then().statusCode(200).extract().asString();
        assertTrue(rss.contains("republish=\"false\" edits=\"true\""), rss);
        given().get("/content/v1/feeds/topics/" + topic + "/json").then().statusCode(200)
                .body("items[0]._tongpin.syndication.attribution", equalTo("来源：清远日报社（转载请联系）"));
        given().get("/content/v1/articles/" + id + "/miniprogram").then().body("syndication.republish", equalTo(false));

        String org = Fixtures.organization("清远日报社" + Json.unique(""));
        Map<String, Object> plain = ChannelFixtures.article("默认署名" + Json.unique(""), "<p>正文</p>");
        plain.put("sourceOrganization", org);
        String plainId = ChannelFixtures.published(plain);
        String orgName = given().get("/admin/v1/organizations/" + org).then().extract().path("name");
        given().get("/admin/v1/articles/" + plainId).then().body("syndication.republish", equalTo(true))
                .body("syndication.attribution", equalTo("来源：" + orgName));
        given().contentType(ContentType.JSON).get("/content/v1/feeds/organizations/" + org + "/json").then()
                .body("items[0].id", equalTo("urn:uuid:" + plainId));
    }
}
