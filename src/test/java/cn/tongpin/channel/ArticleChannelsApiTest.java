package cn.tongpin.channel;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.channel.wechat.WechatHtml;
import cn.tongpin.channel.wechat.WechatImageEncoder;
import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Images;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** WeChat drafts and mini-program blocks of real published articles, made from the hostile article. */
@QuarkusTest
class ArticleChannelsApiTest {

    static final String BASE = "https://content.tongpin.test";

    String normal;
    String heavy;
    String gif;
    String cover;

    @BeforeEach
    void images() {
        normal = Fixtures.asset(Images.image("jpeg", 1200, 800), "image/jpeg", "正常图片");
        byte[] heavyPng = Images.pngOverWechatLimit();
        assertTrue(heavyPng.length > WechatImageEncoder.MAX_BYTES && heavyPng.length < 1_048_576, heavyPng.length + " bytes");
        heavy = Fixtures.asset(heavyPng, "image/png", "巨大图片");
        gif = Fixtures.asset(Images.image("gif", 320, 200), "image/gif", "动图");
        cover = Fixtures.asset(Images.image("jpeg", 3000, 1000), "image/jpeg", "封面");
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
        Map<String, Object> article = Fixtures.article(HostileArticle.TITLE).html(hostileBody()).body();
        article.put("byline", HostileArticle.BYLINE);
        article.put("summary", HostileArticle.SUMMARY);
        article.put("coverImage", cover);
        return article;
    }

    @Test
    void shouldAnswerWechatDraftOfHostileArticleWithinWechatsLimits() throws Exception {
        String id = Fixtures.publishedArticle(hostileArticle());
        Response response = given().get("/content/v1/articles/" + Fixtures.articleSlug(id) + "/wechat");
        response.then().statusCode(200).contentType(startsWith("application/json"));
        JsonPath draft = response.jsonPath();
        assertEquals(32, Characters.length(draft.getString("article.title")));
        assertEquals(16, Characters.length(draft.getString("article.author")));
        assertTrue(Characters.length(draft.getString("article.digest")) <= 128);
        assertEquals(List.of("title", "author", "digest"), draft.getList("warnings.findAll { it.code == 'truncated' }.field"));
        assertEquals("https://www.example.cn/news/" + Fixtures.articleSlug(id), draft.getString("article.content_source_url"));
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
        String id = Fixtures.publishedArticle(article);
        given().get("/content/v1/articles/" + id + "/wechat").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("wechat_content_too_large"))
                .body("detail", org.hamcrest.Matchers.matchesPattern(".*has 3\\d{4} characters and \\d+ bytes.*"))
                .body("errors[0].field", equalTo("content"));
        given().get("/content/v1/articles/" + id + "/miniprogram").then().statusCode(200);
    }

    @Test
    void shouldAnswerMiniProgramBlocksOfHostileArticle() throws Exception {
        String id = Fixtures.publishedArticle(hostileArticle());
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
        String id = Fixtures.createArticle(hostileArticle());
        given().get("/content/v1/articles/" + id + "/wechat").then().statusCode(404);
        given().get("/content/v1/articles/" + id + "/miniprogram").then().statusCode(404);
        given().get("/content/v1/feeds/json").then().statusCode(200).body("items.id", not(hasItem("urn:uuid:" + id)));
        assertFalse(given().get("/sitemap.xml").asString().contains(Fixtures.articleSlug(id)));
    }

    @Test
    void shouldCarrySyndicationPolicyWithArticleAndFeeds() {
        String topic = Fixtures.topic("媒体融合" + Json.unique("")).id();
        Map<String, Object> article = Fixtures.article("联合宣传" + Json.unique("")).html("<p>正文</p>").body();
        article.put("topics", List.of(topic));
        article.put("syndication", Map.of("republish", false, "attribution", "来源：清远日报社（转载请联系）", "edits", true));
        String id = Fixtures.publishedArticle(article);
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

        String org = Fixtures.organization("清远日报社" + Json.unique("")).id();
        Map<String, Object> plain = Fixtures.article("默认署名" + Json.unique("")).html("<p>正文</p>").body();
        plain.put("sourceOrganization", org);
        String plainId = Fixtures.publishedArticle(plain);
        String orgName = given().get("/admin/v1/organizations/" + org).then().extract().path("name");
        given().get("/admin/v1/articles/" + plainId).then().body("syndication.republish", equalTo(true))
                .body("syndication.attribution", equalTo("来源：" + orgName));
        given().contentType(ContentType.JSON).get("/content/v1/feeds/organizations/" + org + "/json").then()
                .body("items[0].id", equalTo("urn:uuid:" + plainId));
    }

    /**
     * An integration hands its payloads to others as they are: WeChat's servers and phones fetch the
     * images, feed readers the enclosures and self links. Every URL of the service in a payload
     * answers without the integration's header; both image routes follow one rule.
     */
    @Test
    void shouldServeEveryUrlOfAPayloadAsGivenWithoutAHeader() {
        String id = Fixtures.publishedArticle(hostileArticle());
        String key = Fixtures.contentKey().secret();
        java.util.Set<String> urls = new java.util.TreeSet<>();
        for (String path : List.of("/content/v1/articles/" + id + "/wechat", "/content/v1/articles/" + id + "/miniprogram",
                "/content/v1/feeds/json", "/content/v1/feeds/rss", "/content/v1/feeds/atom")) {
            String body = TestKeys.anonymous().queryParam("key", key).get(path).then().statusCode(200)
                    .extract().asString();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(BASE) + "[^\"'\\\\\\s<>]*")
                    .matcher(body);
            while (m.find()) {
                urls.add(m.group().replace("&amp;", "&"));
            }
        }
        assertTrue(urls.stream().anyMatch(u -> u.contains("/content/v1/wechat-images/")), urls.toString());
        assertTrue(urls.stream().anyMatch(u -> u.contains("/content/v1/assets/")), urls.toString());
        for (String url : urls) {
            TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address()).urlEncodingEnabled(false)
                    .get(url.substring(BASE.length())).then().statusCode(200);
        }
        String unknown = java.util.UUID.randomUUID().toString();
        for (String route : List.of("/content/v1/assets/", "/content/v1/wechat-images/")) {
            TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address()).get(route + unknown)
                    .then().statusCode(404).contentType(startsWith("application/problem+json"));
        }
    }

    /** A mailto: link is a link like any other: a numbered note in WeChat, a link block in mini-programs. */
    @Test
    void shouldKeepMailtoLinksInWechatAndMiniProgramOutput() {
        Map<String, Object> article = Fixtures.article("来信" + Json.unique("")).html("<p>欢迎来信<a href=\"mailto:xinxi@qingyuan.example.cn\">信息科</a>，或访问<a href=\"https://www.example.org/\">网站</a>。</p>"
                        + "<p>投稿：<a href=\"mailto:tougao@qingyuan.example.cn?subject=%E6%8A%95%E7%A8%BF\">tougao@qingyuan.example.cn</a></p>").body();
        String id = Fixtures.publishedArticle(article);
        String content = given().get("/content/v1/articles/" + id + "/wechat").then().statusCode(200).extract().path("article.content");
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(content).body();
        assertTrue(body.text().contains("欢迎来信信息科[1]，或访问网站[2]。"), body.text());
        assertTrue(body.text().contains("投稿：tougao@qingyuan.example.cn[3]"), body.text());
        assertEquals(List.of("xinxi@qingyuan.example.cn", "https://www.example.org/", "tougao@qingyuan.example.cn"),
                body.select("section > ol > li").eachText());

        JsonPath blocks = given().get("/content/v1/articles/" + id + "/miniprogram").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("mailto:xinxi@qingyuan.example.cn", "https://www.example.org/",
                "mailto:tougao@qingyuan.example.cn?subject=%E6%8A%95%E7%A8%BF"),
                blocks.getList("blocks.findAll { it.type == 'link' }.href"));
        assertEquals(List.of("信息科", "网站", "tougao@qingyuan.example.cn"), blocks.getList("blocks.findAll { it.type == 'link' }.text"));
    }

    /** A summary derived from the body is its opening paragraphs: never a caption, a table's cells or a figure's text. */
    @Test
    void shouldDeriveTheSummaryFromParagraphsOnly() {
        String html = "<figure><img src=\"/content/v1/assets/" + normal + "\" alt=\"现场\"><figcaption>座谈会现场</figcaption></figure>"
                + "<table><caption>各支部党员人数</caption><tr><th>支部</th><th>党员</th></tr>"
                + "<tr><td>A公司支部</td><td>35</td></tr><tr><td>合计</td><td>35</td></tr></table>"
                + "<h2>会议概况</h2>"
                + "<p>10月11日，清远高新区与清远广播电视台座谈交流。</p><ul><li>列表项</li></ul><p>双方将深化宣传合作。</p>";
        Map<String, Object> article = Fixtures.article("摘要" + Json.unique("")).html(html).body();
        String id = Fixtures.publishedArticle(article);
        assertEquals("10月11日，清远高新区与清远广播电视台座谈交流。双方将深化宣传合作。",
                given().get("/admin/v1/articles/" + id).then().statusCode(200).extract().path("summary"));
        assertEquals("10月11日，清远高新区与清远广播电视台座谈交流。双方将深化宣传合作。",
                given().get("/content/v1/articles/" + id + "/wechat").then().statusCode(200).extract().path("article.digest"));
    }

    /** Skyline's rich-text lays out no tables: tables=paragraphs gives each row as a paragraph of "header：cell" pairs. */
    @Test
    void shouldGiveMiniProgramsATableFreeFormOnRequest() throws Exception {
        String html = "<p>统计如下：</p><table><caption>各支部党员人数</caption><thead><tr><th>支部</th><th>党员</th></tr></thead>"
                + "<tbody><tr><td>A公司支部</td><td><strong>35</strong></td></tr><tr><td>B公司支部</td><td>12</td></tr></tbody></table>"
                + "<table><tr><td>无表头</td><td>单元格</td></tr></table><p>以上。</p>";
        String id = Fixtures.article("表格" + Json.unique("")).html(html).published().id();
        String path = "/content/v1/articles/" + id + "/miniprogram";
        String withTables = given().get(path).then().statusCode(200).extract().asString();
        assertTrue(withTables.contains("\"table\""), "tables stay tables by default");
        assertEquals(withTables, given().queryParam("tables", "table").get(path).then().statusCode(200).extract().asString());

        Response answer = given().queryParam("tables", "paragraphs").get(path);
        answer.then().statusCode(200);
        String json = answer.asString();
        for (String tag : List.of("table", "caption", "thead", "tbody", "tr", "th", "td")) {
            assertFalse(json.contains("\"name\":\"" + tag + "\""), tag + " in " + json);
        }
        StringBuilder text = new StringBuilder();
        collectText(answer.jsonPath().getList("blocks.nodes.flatten()"), text);
        assertEquals("统计如下：各支部党员人数支部：A公司支部；党员：35支部：B公司支部；党员：12无表头；单元格以上。", text.toString());
        assertNotEquals(answer.header("ETag"), given().get(path).header("ETag"));

        for (String bad : List.of("TABLE", "list", "", "paragraphs,table")) {
            given().queryParam("tables", bad).get(path).then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo("tables"));
        }
        given().queryParam("tables", "paragraphs").get("/content/v1/articles/" + id + "/wechat").then().statusCode(400);
    }

    @SuppressWarnings("unchecked")
    private static void collectText(Object node, StringBuilder text) {
        if (node instanceof List<?> list) {
            list.forEach(n -> collectText(n, text));
        } else if (node instanceof Map<?, ?> map) {
            if ("text".equals(map.get("type"))) {
                text.append(map.get("text"));
            }
            Object children = map.get("children");
            if (children != null) {
                collectText(children, text);
            }
        }
    }
}
