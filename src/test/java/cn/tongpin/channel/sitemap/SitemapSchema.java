package cn.tongpin.channel.sitemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a crawler checks of a sitemap: the sitemaps.org schemas (from sitemapgen4j, which ships
 * them), and the protocol's rules the schema cannot say: absolute URLs without fragments, each
 * listed once, at most 50,000, and hreflang alternates that are listed themselves and link back.
 */
public final class SitemapSchema {

    private SitemapSchema() {
    }

    /** Validates a urlset or a sitemapindex against its schema; fails the test with the schema's message. */
    public static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        boolean index = xml.contains("<sitemapindex");
        Source[] sources = index ? new Source[] { resource("/com/redfin/sitemapgenerator/siteindex.xsd") }
                : new Source[] { resource("/sitemap/xhtml-link.xsd"), resource("/com/redfin/sitemapgenerator/sitemap.xsd") };
        Schema schema = factory.newSchema(sources);
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Source resource(String path) {
        java.net.URL url = SitemapSchema.class.getResource(path);
        assertNotNull(url, path);
        return new StreamSource(url.toExternalForm());
    }

    /** Each loc with its hreflang alternates (language → URL), checked against the protocol's rules. */
    public static Map<String, Map<String, String>> urls(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList urls = doc.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "url");
        assertTrue(urls.getLength() <= SitemapWriter.MAX_URLS);
        Map<String, Map<String, String>> byLoc = new LinkedHashMap<>();
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            String loc = url.getElementsByTagNameNS(SitemapWriter.SITEMAP_NS, "loc").item(0).getTextContent();
            URI uri = URI.create(loc);
            assertTrue(uri.isAbsolute() && uri.getHost() != null, "absolute: " + loc);
            assertFalse(loc.contains("#"), "a sitemap URL has no fragment: " + loc);
            Map<String, String> alternates = new TreeMap<>();
            NodeList links = url.getElementsByTagNameNS(SitemapWriter.XHTML_NS, "link");
            for (int j = 0; j < links.getLength(); j++) {
                Element link = (Element) links.item(j);
                assertFalse(link.getAttribute("href").contains("#"), "an alternate has no fragment: " + link.getAttribute("href"));
                alternates.put(link.getAttribute("hreflang"), link.getAttribute("href"));
            }
            assertEquals(null, byLoc.put(loc, alternates), "listed once: " + loc);
        }
        return byLoc;
    }

    /** Every language alternate is a url of the sitemap that names the same alternates (return links). */
    public static void assertReturnLinks(Map<String, Map<String, String>> urls) {
        Set<String> checked = new HashSet<>();
        urls.forEach((loc, alternates) -> {
            if (alternates.isEmpty()) {
                return;
            }
            assertTrue(alternates.containsValue(loc), loc + " is among its own alternates");
            alternates.forEach((lang, href) -> {
                if (lang.equals("x-default")) {
                    return;
                }
                assertTrue(urls.containsKey(href), "the " + lang + " alternate of " + loc + " is listed itself: " + href);
                assertEquals(alternates, urls.get(href), "the " + lang + " alternate " + href + " links back to " + loc);
                checked.add(href);
            });
        });
        assertFalse(checked.isEmpty(), "the sitemap has alternates");
    }
}
