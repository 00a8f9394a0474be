package cn.tongpin.channel.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Images;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/** Feeds and the sitemap of real published articles, parsed with ROME. */
@QuarkusTest
class FeedsApiTest {

    @Test
    void shouldListPublishedArticleInEveryFeedItBelongsToAndNeverADraft() throws Exception {
        String topic = Fixtures.topic("党建" + Json.unique("")).id();
        String org = Fixtures.organization("清远广播电视台" + Json.unique("")).id();
        String person = Fixtures.participant("郑伟文" + Json.unique("")).at(org, "台长").id();
        String meeting = Fixtures.post("/admin/v1/meetings", Map.of("kind", "symposium", "title", "座谈会" + Json.unique(""),
                "startsAt", "2025-10-11T09:30:00+08:00", "status", "published"));
        String cover = Fixtures.asset(Images.image("jpeg", 800, 600), "image/jpeg", "封面");
        Map<String, Object> article = Fixtures.article("高新区与广电座谈" + Json.unique("")).html("<p>双方座谈。<a href=\"https://www.example.org/\">链接</a></p><script>alert(1)</script>").body();
        article.putAll(Map.of("topics", List.of(topic), "sourceOrganization", org, "participants", List.of(person), "meeting", meeting,
                "byline", "记者 张三", "coverImage", cover, "sourceUrl", "https://news.example.org/original"));
        String id = Fixtures.publishedArticle(article);
        Map<String, Object> draftBody = Fixtures.article("草稿" + Json.unique("")).html("<p>草稿</p>").body();
        draftBody.put("topics", List.of(topic));
        String draft = Fixtures.createArticle(draftBody);
        String guid = "urn:uuid:" + id;

        for (String path : List.of("/content/v1/feeds", "/content/v1/feeds/topics/" + topic, "/content/v1/feeds/organizations/" + org,
                "/content/v1/feeds/participants/" + person, "/content/v1/feeds/meetings/" + meeting)) {
            String rss = given().get(path + "/rss").then().statusCode(200).extract().asString();
            Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(rss)));
            List<String> guids = channel.getItems().stream().map(i -> i.getGuid().getValue()).toList();
            assertTrue(guids.contains(guid), path + " lists the article");
            assertFalse(guids.contains("urn:uuid:" + draft), path + " never lists a draft");
            given().get(path + "/json").then().statusCode(200).body("items.id", hasItem(guid))
                    .body("items.id", not(hasItem("urn:uuid:" + draft)));
        }

        String slug = Fixtures.articleSlug(id);
        String rss = given().get("/content/v1/feeds/topics/" + topic + "/rss").then().extract().asString();
        Item item = ((Channel) new WireFeedInput().build(new InputSource(new StringReader(rss)))).getItems().get(0);
        assertEquals("https://www.example.cn/news/" + slug, item.getLink());
        assertEquals("image/jpeg", item.getEnclosures().get(0).getType());
        assertTrue(item.getEnclosures().get(0).getUrl().startsWith("https://content.tongpin.test/content/v1/assets/"));
        assertFalse(item.getContent().getValue().contains("<script"));
        assertTrue(item.getContent().getValue().contains("rel=\"noopener noreferrer nofollow\""));
        assertTrue(rss.contains("<dc:creator>记者 张三</dc:creator>"));
        assertTrue(rss.contains("<tp:original xmlns:tp=\"https://tongpin.cn/ns/syndication/1.0\" href=\"https://news.example.org/original\""));

        String atom = given().queryParam("locale", "zh-Hant").get("/content/v1/feeds/topics/" + topic + "/atom").then().statusCode(200)
                .header("Content-Language", "zh-Hant").extract().asString();
        Entry entry = ((com.rometools.rome.feed.atom.Feed) new WireFeedInput().build(new InputSource(new StringReader(atom))))
                .getEntries().get(0);
        assertTrue(entry.getTitle().startsWith("高新區與廣電座談"), entry.getTitle());
        assertEquals("記者 張三", entry.getAuthors().get(0).getName());
    }

    @Test
    void shouldListArticlesInSitemapByTemplateOrOwnCanonicalUrl() {
        String own = "https://partner.example.cn/story/" + Json.unique("s");
        Map<String, Object> withOwn = Fixtures.article("自有链接" + Json.unique("")).html("<p>正文</p>").body();
        withOwn.put("canonicalUrl", own);
        Fixtures.publishedArticle(withOwn);
        String templated = Fixtures.article("模板链接" + Json.unique("")).html("<p>正文</p>").published().slug();
        String draft = Fixtures.article("草稿" + Json.unique("")).html("<p>正文</p>").create().slug();
        String xml = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        assertTrue(xml.contains("<loc>" + own + "</loc>"));
        assertTrue(xml.contains("<loc>https://www.example.cn/news/" + templated + "</loc>"));
        assertTrue(xml.contains("href=\"https://www.example.cn/news/" + templated + "?locale=zh-Hant\""));
        assertFalse(xml.contains(draft));
    }

    @Test
    void shouldGiveWidgetStoriesOfATopicNewestFirst() {
        String topic = Fixtures.topic("产业联动" + Json.unique("")).id();
        Map<String, Object> first = Fixtures.article("第一篇" + Json.unique("")).html("<p>一</p>").body();
        first.put("topics", List.of(topic));
        String older = Fixtures.publishedArticle(first);
        Map<String, Object> second = Fixtures.article("第二篇" + Json.unique("")).html("<p>二</p>").body();
        second.put("topics", List.of(topic));
        String newer = Fixtures.publishedArticle(second);
        Map<String, Object> third = Fixtures.article("草稿" + Json.unique("")).html("<p>三</p>").body();
        third.put("topics", List.of(topic));
        Fixtures.createArticle(third);
        given().contentType(ContentType.JSON).queryParam("topic", topic).queryParam("limit", "5").get("/embed/v1/stories")
                .then().statusCode(200).body("data.size()", equalTo(2)).body("data[0].id", equalTo(newer))
                .body("data[1].id", equalTo(older)).body("data[0].url", org.hamcrest.Matchers.startsWith("https://www.example.cn/news/"));
    }

    /** A reader that subscribed with ?key= (readers cannot send headers) must find the same key in every self link. */
    @Test
    void shouldKeepTheReadersKeyInEverySelfLink() {
        String key = Fixtures.contentKey().secret();
        String encoded = java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8);
        Fixtures.article("订阅链接" + Json.unique("")).html("<p>正文。</p>").published().id();
        for (String locale : java.util.Arrays.asList(null, "zh-Hant")) {
            String query = (locale == null ? "" : "locale=" + locale + "&") + "key=" + encoded;
            for (String format : List.of("rss", "atom", "json")) {
                io.restassured.response.Response answer = anonymous(locale).queryParam("key", key).get("/content/v1/feeds/" + format);
                answer.then().statusCode(200);
                String self = "https://content.tongpin.test/content/v1/feeds/" + format + "?" + query;
                assertEquals("<" + self + ">; rel=\"self\"", answer.headers().getValues("Link").stream()
                        .filter(l -> l.endsWith("rel=\"self\"")).findFirst().orElse(null), format + " " + locale);
                String body = answer.asString();
                if (format.equals("json")) {
                    assertEquals(self, answer.jsonPath().getString("feed_url"));
                } else {
                    assertTrue(body.contains("rel=\"self\"") && body.contains("href=\"" + self.replace("&", "&amp;") + "\""), body);
                }
                // The self link, followed as given and without any header, is answered: a reader re-subscribes, a hub fetches.
                TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address())
                        .urlEncodingEnabled(false).get(self.substring("https://content.tongpin.test".length()))
                        .then().statusCode(200).header("Content-Language", locale == null ? "zh-Hans" : "zh-Hant");
            }
        }
        // A key sent in the header never ends up in a URL.
        String self = TestKeys.as(key).get("/content/v1/feeds/atom").then().statusCode(200).extract().header("Link");
        assertFalse(self.contains("key="), self);
    }

    private static io.restassured.specification.RequestSpecification anonymous(String locale) {
        io.restassured.specification.RequestSpecification request = TestKeys.anonymous();
        return locale == null ? request : request.queryParam("locale", locale);
    }

    /** The zh-Hans and zh-Hant feeds are two feeds: readers and aggregators must not merge them by their id. */
    @Test
    void shouldGiveTheSimplifiedAndTraditionalAtomFeedsTheirOwnIds() throws Exception {
        String topic = Fixtures.topic("两种文字" + Json.unique("")).id();
        Map<String, Object> article = Fixtures.article("简繁两版" + Json.unique("")).html("<p>正文。</p>").body();
        article.put("topics", List.of(topic));
        Fixtures.publishedArticle(article);
        for (String path : List.of("/content/v1/feeds/atom", "/content/v1/feeds/topics/" + topic + "/atom")) {
            String hans = atomId(given().get(path).then().statusCode(200).extract().asString());
            String hant = atomId(given().queryParam("locale", "zh-Hant").get(path).then().statusCode(200).extract().asString());
            assertFalse(hans.equals(hant), path + ": both feeds are " + hans);
            assertEquals(hans, atomId(given().get(path).asString()), "an Atom id never changes");
            assertEquals(hant, atomId(given().header("Accept-Language", "zh-TW").get(path).asString()));
        }
    }

    private static String atomId(String xml) throws Exception {
        return ((com.rometools.rome.feed.atom.Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)))).getId();
    }

    /**
     * What xmllint with the sitemaps.org schema and a crawler see: a valid urlset, each zh-Hant page
     * a url of its own with return links, no fragments (a canonical URL's #fragment is dropped and
     * its query continued), and no numbered sitemaps without an index.
     */
    @Test
    void shouldListTraditionalPagesAsTheirOwnUrlsWithoutFragmentsInAValidSitemap() throws Exception {
        String story = "https://partner.example.cn/story/" + Json.unique("s");
        Map<String, Object> withFragment = Fixtures.article("带锚点" + Json.unique("")).html("<p>正文</p>").body();
        withFragment.put("canonicalUrl", story + "#top");
        Fixtures.publishedArticle(withFragment);
        String page = "https://partner.example.cn/page?id=" + Json.unique("p");
        Map<String, Object> withQuery = Fixtures.article("带查询" + Json.unique("")).html("<p>正文</p>").body();
        withQuery.put("canonicalUrl", page + "#comments");
        Fixtures.publishedArticle(withQuery);
        String templated = Fixtures.article("模板" + Json.unique("")).html("<p>正文</p>").published().slug();

        String xml = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        cn.tongpin.channel.sitemap.SitemapSchema.validate(xml);
        Map<String, Map<String, String>> urls = cn.tongpin.channel.sitemap.SitemapSchema.urls(xml);
        cn.tongpin.channel.sitemap.SitemapSchema.assertReturnLinks(urls);
        assertFalse(xml.contains("#"), "no fragments");
        assertEquals(Map.of("zh-Hans", story, "zh-Hant", story + "?locale=zh-Hant", "x-default", story), urls.get(story));
        assertEquals(urls.get(story), urls.get(story + "?locale=zh-Hant"));
        assertEquals(page + "&locale=zh-Hant", urls.get(page).get("zh-Hant"));
        String news = "https://www.example.cn/news/" + templated;
        assertEquals(news + "?locale=zh-Hant", urls.get(news + "?locale=zh-Hant").get("zh-Hant"));

        for (String numbered : List.of("/sitemap-1.xml", "/sitemap-0.xml", "/sitemap-2.xml", "/sitemap-999999.xml")) {
            given().get(numbered).then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        }
    }
}
