package cn.tongpin.channel.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.HostileArticle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.jdom2.Element;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class FeedsTest {

    static final Set<String> FEED_TAGS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u",
            "s", "del", "sub", "sup", "small", "mark", "code", "pre", "a", "ul", "ol", "li", "blockquote", "figure", "figcaption",
            "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "section", "span");

    static Feed feed(String self, ChannelArticle... items) {
        return new Feed("urn:tongpin:feed:articles", "同频", "最新文章", self, "https://www.example.cn/", "https://hub.example.com/",
                "zh-Hans", items[0].updatedAt(), List.of(items));
    }

    @Test
    void shouldWriteRssThatRomeParsesWithEveryRequiredElement() throws Exception {
        String xml = XmlFeeds.rss(feed("https://c.test/feeds/rss", HostileArticle.withLongBody()));
        Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
        assertEquals("rss_2.0", channel.getFeedType());
        assertEquals("同频", channel.getTitle());
        assertEquals("https://www.example.cn/", channel.getLink());
        assertNotNull(channel.getDescription());
        assertTrue(xml.contains("<atom:link xmlns:atom=\"http://www.w3.org/2005/Atom\" rel=\"self\" href=\"https://c.test/feeds/rss\""));
        assertTrue(xml.contains("rel=\"hub\" href=\"https://hub.example.com/\""));
        Item item = channel.getItems().get(0);
        assertEquals(HostileArticle.TITLE, item.getTitle());
        assertEquals("https://www.example.cn/news/hostile-article", item.getLink());
        assertEquals("urn:uuid:" + HostileArticle.ID, item.getGuid().getValue());
        assertFalse(item.getGuid().isPermaLink());
        assertNotNull(item.getPubDate());
        assertEquals("image/jpeg", item.getEnclosures().get(0).getType());
        assertEquals("党建<script>", item.getCategories().get(0).getValue(), "category text is text, escaped in XML");
        HostileArticle.assertSafeHtml(item.getContent().getValue(), FEED_TAGS);
        assertTrue(item.getContent().getValue().contains("长".repeat(30_000)), "full content");
        assertPolicy(item.getForeignMarkup());

        SyndFeed synd = new SyndFeedInput().build(new StringReader(xml));
        SyndEntry entry = synd.getEntries().get(0);
        assertEquals(HostileArticle.BYLINE, entry.getAuthor());
    }

    @Test
    void shouldWriteAtomThatRomeParsesWithEveryRequiredElement() throws Exception {
        String xml = XmlFeeds.atom(feed("https://c.test/feeds/atom", HostileArticle.withoutLongBody()));
        com.rometools.rome.feed.atom.Feed atom = (com.rometools.rome.feed.atom.Feed) new WireFeedInput()
                .build(new InputSource(new StringReader(xml)));
        assertEquals("atom_1.0", atom.getFeedType());
        assertEquals("urn:tongpin:feed:articles", atom.getId());
        assertEquals("同频", atom.getTitle());
        assertNotNull(atom.getUpdated());
        assertTrue(atom.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("self") && l.getHref().equals("https://c.test/feeds/atom")));
        assertTrue(atom.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("hub")));
        assertFalse(atom.getAuthors().isEmpty());
        Entry entry = atom.getEntries().get(0);
        assertEquals("urn:uuid:" + HostileArticle.ID, entry.getId());
        assertEquals(HostileArticle.TITLE, entry.getTitle());
        assertNotNull(entry.getUpdated());
        assertNotNull(entry.getPublished());
        assertEquals("https://www.example.cn/news/hostile-article", entry.getAlternateLinks().get(0).getHref());
        assertEquals(HostileArticle.BYLINE, entry.getAuthors().get(0).getName());
        assertTrue(entry.getOtherLinks().stream().anyMatch(l -> l.getRel().equals("enclosure")), "cover");
        assertEquals("html", entry.getContents().get(0).getType());
        HostileArticle.assertSafeHtml(entry.getContents().get(0).getValue(), FEED_TAGS);
        assertEquals("党建<script>", entry.getCategories().get(0).getTerm());
        assertTrue(entry.getRights() == null || entry.getRights().contains("清远日报社"));
        assertPolicy(entry.getForeignMarkup());
    }

    private static void assertPolicy(List<Element> markup) {
        Element policy = markup.stream().filter(e -> e.getName().equals("syndication")).findFirst().orElseThrow();
        assertEquals(XmlFeeds.TONGPIN.getURI(), policy.getNamespaceURI());
        assertEquals("true", policy.getAttributeValue("republish"));
        assertEquals("false", policy.getAttributeValue("edits"));
        assertEquals("来源：清远日报社", policy.getChildText("attribution", XmlFeeds.TONGPIN));
        Element source = markup.stream().filter(e -> e.getName().equals("source")).findFirst().orElseThrow();
        assertEquals("清远日报社", source.getText());
    }

    @Test
    void shouldWriteJsonFeed11WithEveryRequiredMember() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode feed = json.readTree(json.writeValueAsString(JsonFeed.of(feed("https://c.test/feeds/json", HostileArticle.withoutLongBody()))));
        assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
        assertEquals("同频", feed.get("title").asText());
        assertEquals("https://c.test/feeds/json", feed.get("feed_url").asText());
        assertEquals("https://www.example.cn/", feed.get("home_page_url").asText());
        assertEquals("WebSub", feed.at("/hubs/0/type").asText());
        JsonNode item = feed.at("/items/0");
        assertEquals("urn:uuid:" + HostileArticle.ID, item.get("id").asText());
        assertEquals("https://www.example.cn/news/hostile-article", item.get("url").asText());
        assertEquals("2025-10-11T09:30:00+08:00", item.get("date_published").asText());
        assertEquals(HostileArticle.BYLINE, item.at("/authors/0/name").asText());
        assertEquals(HostileArticle.cover().url(), item.get("image").asText());
        assertEquals("党建<script>", item.at("/tags/0").asText());
        HostileArticle.assertSafeHtml(item.get("content_html").asText(), FEED_TAGS);
        assertTrue(item.at("/_tongpin/syndication/republish").asBoolean());
        assertEquals("来源：清远日报社", item.at("/_tongpin/syndication/attribution").asText());
        assertEquals("清远日报社", item.at("/_tongpin/source/name").asText());
        assertFalse(item.has("banner_image"), "no nulls in JSON Feed");
    }

    /** RSS 2.0 wants managingEditor, webMaster and an item's author as "email (name)": never a bare name. */
    @Test
    void shouldWriteRssPeopleOnlyAsEmailAddresses() throws Exception {
        String xml = XmlFeeds.rss(feed("https://c.test/feeds/rss", HostileArticle.withoutLongBody()));
        Channel channel = (Channel) new WireFeedInput().build(new InputSource(new StringReader(xml)));
        String email = "[^@\\s()]+@[^@\\s()]+\\.[^@\\s()]+( \\(.+\\))?";
        for (String person : java.util.Arrays.asList(channel.getManagingEditor(), channel.getWebMaster(),
                channel.getItems().get(0).getAuthor())) {
            assertTrue(person == null || person.matches(email), "not an e-mail address: " + person);
        }
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        for (String element : List.of("managingEditor", "webMaster", "author")) {
            org.w3c.dom.NodeList found = doc.getElementsByTagName(element);
            for (int i = 0; i < found.getLength(); i++) {
                assertTrue(found.item(i).getTextContent().matches(email), element + ": " + found.item(i).getTextContent());
            }
        }
        assertTrue(xml.contains(HostileArticle.BYLINE), "the byline is still there, as dc:creator");
    }
}
