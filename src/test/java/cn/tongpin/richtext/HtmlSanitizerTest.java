package cn.tongpin.richtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

public class HtmlSanitizerTest {

    private static final Set<String> ALLOWED_TAGS = Set.of("body", "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
            "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "small", "mark", "code", "pre", "a", "ul", "ol", "li",
            "blockquote", "figure", "figcaption", "img", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td");

    /** Fails when anything in the HTML could run script, load a foreign resource or restyle the page. */
    public static void assertInert(String input, String html) {
        // Parsed the way a browser would, with the output as its whole body.
        Document parsed = Jsoup.parse("<!doctype html><html><body>" + html + "</body></html>");
        for (Element element : parsed.body().getAllElements()) {
            assertTrue(ALLOWED_TAGS.contains(element.normalName()), () -> "element <" + element.normalName() + "> survived " + input + " -> " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> "event handler survived " + input + " -> " + html);
                assertFalse(name.equals("style") || name.equals("class") || name.equals("id") || name.equals("hidden"),
                        () -> name + " survived " + input + " -> " + html);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
                        () -> "script URL survived " + input + " -> " + html);
                if (name.equals("src")) {
                    assertTrue(value.startsWith(HtmlSanitizer.ASSET_PATH), () -> "foreign image survived " + input + " -> " + html);
                }
            }
        }
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), () -> "script survived " + input + " -> " + html);
    }

    @Test
    void shouldLeaveNoExecutableMarkupFromAnyXssVector() {
        for (String vector : XssVectors.ALL) {
            String once = HtmlSanitizer.sanitize(vector).html();
            assertInert(vector, once);
            // Mutation XSS: what we store must read back the same, also after another round.
            String twice = HtmlSanitizer.sanitize(once).html();
            assertEquals(once, twice, () -> "not stable for " + vector);
            assertInert(vector, twice);
        }
    }

    @Test
    void shouldLeaveNoExecutableMarkupFromXssVectorsInMarkdown() {
        for (String vector : XssVectors.ALL) {
            String html = RichText.of("Some **text**\n\n" + vector + "\n\n[x](" + "javascript:alert(1))", BodyFormat.markdown).html();
            assertInert(vector, html);
        }
    }

    @Test
    void shouldKeepWhitelistedStructure() {
        String html = HtmlSanitizer.sanitize("<h1>标题</h1><p>段落<strong>加粗</strong><em>斜体</em><br>换行</p>"
                + "<ul><li>一</li></ul><ol start=\"3\"><li>三</li></ol><blockquote>引用</blockquote>"
                + "<table><thead><tr><th>年份</th></tr></thead><tbody><tr><td colspan=\"2\">2021</td></tr></tbody></table>"
                + "<a href=\"https://www.example.cn/a\" target=\"_blank\">链接</a>").html();
        assertTrue(html.contains("<h2>标题</h2>"), html);
        assertTrue(html.contains("<strong>加粗</strong><em>斜体</em><br>换行"), html);
        assertTrue(html.contains("<ol start=\"3\">"), html);
        assertTrue(html.contains("<blockquote>引用</blockquote>"), html);
        assertTrue(html.contains("<td colspan=\"2\">2021</td>"), html);
        assertTrue(html.contains("<a href=\"https://www.example.cn/a\" rel=\"noopener noreferrer nofollow\">链接</a>"), html);
    }

    @Test
    void shouldTurnAssetImagesIntoReferencesAndDropOthers() {
        UUID id = UUID.randomUUID();
        HtmlSanitizer.Result result = HtmlSanitizer.sanitize("<figure><img src=\"asset:" + id + "\" alt=\"封面\" width=\"640\" height=\"x\">"
                + "<figcaption>说明</figcaption></figure><img src=\"https://tracker.example.com/p.gif\">"
                + "<img src=\"https://cms.example.cn/content/v1/assets/" + id.toString().toUpperCase() + "\">"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\">");
        assertEquals(Set.of(id), result.assetIds());
        assertTrue(result.html().contains("<img src=\"/content/v1/assets/" + id + "\" alt=\"封面\" width=\"640\" data-asset-id=\"" + id + "\">"),
                result.html());
        assertFalse(result.html().contains("tracker"), result.html());
        assertFalse(result.html().contains("data:"), result.html());
        assertEquals(2, Jsoup.parse(result.html()).select("img").size(), result.html());
    }
}
