package cn.tongpin.channel.sitemap;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Above the URL limit (here 5 instead of 50,000) /sitemap.xml is an index of numbered sitemaps holding every URL once. */
@QuarkusTest
@QuarkusTestResource(value = SitemapIndexTest.SmallSitemaps.class, restrictToAnnotatedClass = true)
class SitemapIndexTest {

    @Test
    void shouldSplitIntoIndexOfSitemapsAboveTheLimit() throws Exception {
        for (int i = 0; i < 3; i++) {
            Fixtures.topic("话题" + Json.unique("")).id();
        }
        String index = given().get("/sitemap.xml").then().statusCode(200).extract().asString();
        assertTrue(index.contains("<sitemapindex"), index);
        SitemapSchema.validate(index);
        Matcher parts = Pattern.compile("<loc>https://content\\.tongpin\\.test/sitemap-(\\d+)\\.xml</loc>").matcher(index);
        int pages = 0;
        int urls = 0;
        while (parts.find()) {
            pages++;
            String part = given().get("/sitemap-" + parts.group(1) + ".xml").then().statusCode(200).extract().asString();
            SitemapSchema.validate(part);
            int inPart = part.split("<url>", -1).length - 1;
            assertTrue(inPart >= 1 && inPart <= 5, inPart + " URLs in one sitemap");
            urls += inPart;
        }
        assertTrue(pages >= 2, "more than one sitemap");
        String all = given().get("/sitemap-1.xml").then().extract().asString();
        assertTrue(all.contains("<urlset"));
        given().get("/sitemap-" + (pages + 1) + ".xml").then().statusCode(404);
        assertEquals(urls, countAll(pages));
    }

    private static int countAll(int pages) {
        java.util.Set<String> locs = new java.util.HashSet<>();
        for (int page = 1; page <= pages; page++) {
            Matcher m = Pattern.compile("<url><loc>([^<]+)</loc>").matcher(given().get("/sitemap-" + page + ".xml").asString());
            while (m.find()) {
                assertTrue(locs.add(m.group(1)), "listed once: " + m.group(1));
            }
        }
        return locs.size();
    }

    /** Five URLs per sitemap. */
    public static class SmallSitemaps implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("tongpin.channels.sitemap.max-urls", "5");
        }

        @Override
        public void stop() {
        }
    }
}
