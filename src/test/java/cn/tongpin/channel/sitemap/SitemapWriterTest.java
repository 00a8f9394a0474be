package cn.tongpin.channel.sitemap;

import cn.tongpin.channel.SitemapUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SitemapWriterTest {

    @Test
    void shouldWriteEachLanguageVersionAsAUrlOfItsOwnWithReturnLinks() throws Exception {
        String xml = SitemapWriter.urlset(List.of(new SitemapUrl("https://www.example.cn/news/a?x=1&y=2",
                OffsetDateTime.parse("2025-10-11T09:30:00.123+08:00"), "https://www.example.cn/news/a?x=1&y=2&locale=zh-Hant"),
                new SitemapUrl("https://www.example.cn/about", null, null)));
        SitemapSchema.validate(xml);
        Document doc = parse(xml);
        var urls = doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "url");
        assertEquals(3, urls.getLength());
        Element hans = (Element) urls.item(0);
        Element hant = (Element) urls.item(1);
        assertEquals("https://www.example.cn/news/a?x=1&y=2", text(hans, "loc"));
        assertEquals("https://www.example.cn/news/a?x=1&y=2&locale=zh-Hant", text(hant, "loc"));
        for (Element url : List.of(hans, hant)) {
            assertEquals("2025-10-11T01:30:00Z", text(url, "lastmod"));
            var links = url.getElementsByTagNameNS(SitemapWriter.XHTML_NS, "link");
            assertEquals(3, links.getLength());
            assertEquals("zh-Hans", ((Element) links.item(0)).getAttribute("hreflang"));
            assertEquals("https://www.example.cn/news/a?x=1&y=2", ((Element) links.item(0)).getAttribute("href"));
            assertEquals("zh-Hant", ((Element) links.item(1)).getAttribute("hreflang"));
            assertEquals("https://www.example.cn/news/a?x=1&y=2&locale=zh-Hant", ((Element) links.item(1)).getAttribute("href"));
        }
        SitemapSchema.assertReturnLinks(SitemapSchema.urls(xml));
        assertEquals(0, ((Element) urls.item(2)).getElementsByTagNameNS(SitemapWriter.XHTML_NS, "link").getLength());
    }

    @Test
    void shouldKeepEachSitemapWithinTheUrlLimitWithBothLanguageVersions() {
        assertEquals(25_000, SitemapWriter.pagesPerSitemap(SitemapWriter.MAX_URLS));
        assertEquals(1, SitemapWriter.pagesPerSitemap(1));
    }

    @Test
    void shouldFailTheSchemaForAUrlsetTheProtocolRefuses() {
        String noLoc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"" + SitemapWriter.SITEMAP_NS
                + "\"><url><lastmod>2025-10-11</lastmod></url></urlset>";
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> SitemapSchema.validate(noLoc));
        String badLastmod = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"" + SitemapWriter.SITEMAP_NS
                + "\"><url><loc>https://www.example.cn/</loc><lastmod>yesterday</lastmod></url></urlset>";
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> SitemapSchema.validate(badLastmod));
    }

    @Test
    void shouldNeedAnIndexAboveTheUrlLimit() {
        assertEquals(1, SitemapWriter.pages(0, SitemapWriter.MAX_URLS));
        assertEquals(1, SitemapWriter.pages(50_000, SitemapWriter.MAX_URLS));
        assertEquals(2, SitemapWriter.pages(50_001, SitemapWriter.MAX_URLS));
        assertEquals(3, SitemapWriter.pages(100_001, SitemapWriter.MAX_URLS));
    }

    @Test
    void shouldWriteIndexOfSitemaps() throws Exception {
        String xml = SitemapWriter.index(List.of(new SitemapWriter.Part("https://c.test/sitemap-1.xml", OffsetDateTime.parse("2025-10-11T09:30:00Z")),
                new SitemapWriter.Part("https://c.test/sitemap-2.xml", null)));
        SitemapSchema.validate(xml);
        Document doc = parse(xml);
        assertEquals("sitemapindex", doc.getDocumentElement().getLocalName());
        var sitemaps = doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "sitemap");
        assertEquals(2, sitemaps.getLength());
        assertEquals("https://c.test/sitemap-2.xml", text((Element) sitemaps.item(1), "loc"));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, name).item(0).getTextContent();
    }
}
