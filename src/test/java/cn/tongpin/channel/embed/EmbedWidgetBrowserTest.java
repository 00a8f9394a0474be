package cn.tongpin.channel.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Images;
import cn.tongpin.support.Json;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The stories widget in a real headless Chromium, on a partner page of another origin, against the running service. */
@QuarkusTest
class EmbedWidgetBrowserTest {

    /** The widget's host element: a custom element, so no partner rule for div matches it. */
    static final String HOST = "tongpin-stories";
    /** Everything a partner stylesheet could change about how the widget looks. */
    static final List<String> STYLES = List.of("display", "visibility", "opacity", "font-family", "font-size", "font-weight",
            "font-style", "line-height", "color", "background-color", "text-align", "text-transform", "text-decoration-line",
            "letter-spacing", "word-spacing", "box-sizing", "margin-top", "margin-right", "margin-bottom", "margin-left",
            "padding-top", "padding-left", "border-top-width", "border-left-width", "list-style-type", "float", "position",
            "transform", "width", "height", "object-fit", "direction", "white-space");

    static ChromeDriver browser;

    @TestHTTPResource("/embed/v1/stories.js")
    URL script;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldRenderInsideShadowRootUntouchedByPartnerCss() throws Exception {
        // The stories are delivery content: a partner's tag carries its content key.
        String key = Fixtures.contentKey().secret();
        String tag = "<script src=\"" + script.toString().replace("127.0.0.1", "localhost")
                + "\" data-limit=\"3\" data-key=\"" + key + "\" data-locale=\"zh-Hant\" async></script>";
        try (PartnerSite partner = new PartnerSite(tag)) {
            browser.get(partner.url());
            WebElement host = waitUntilRendered();
            SearchContext shadow = host.getShadowRoot();
            WebElement heading = shadow.findElement(By.cssSelector("h2"));
            assertEquals("最新報道", heading.getText());
            assertTrue(heading.isDisplayed(), "the partner's CSS does not reach inside");
            assertNotEquals("1px", heading.getCssValue("font-size"));
            WebElement section = shadow.findElement(By.cssSelector("section"));
            assertEquals("false", section.getAttribute("aria-busy"));
            screenshot("embed-widget-empty.png");
        }
    }

    @Test
    void shouldRenderLatestStoriesOfTopicAndNeverADraft() throws Exception {
        String topic = Fixtures.topic("媒体融合" + Json.unique("")).id();
        String topicSlug = given().get("/admin/v1/topics/" + topic).then().extract().path("slug");
        String cover = Fixtures.asset(Images.image("jpeg", 640, 480), "image/jpeg", "封面");
        String olderTitle = "清远高新区与清远广播电视台座谈" + Json.unique("");
        String newerTitle = "凤起高新杂志联合出版" + Json.unique("");
        String draftTitle = "尚未发布的草稿" + Json.unique("");
        Fixtures.publishedArticle(story(olderTitle, topic, cover, "双方就深化宣传合作座谈交流。"));
        String newer = Fixtures.publishedArticle(story(newerTitle, topic, null, "<b>联合</b>出版杂志。"));
        Fixtures.createArticle(story(draftTitle, topic, cover, "草稿"));

        try (PartnerSite partner = new PartnerSite()) {
            // The partner's client lists its origin, as a real partner's does: CORS must still be answered once.
            String key = Fixtures.key(Fixtures.client(null, partner.origin()), "content", null).secret();
            partner.serve("<script src=\"" + script.toString().replace("127.0.0.1", "localhost") + "\" data-topic=\"" + topicSlug
                    + "\" data-limit=\"5\" data-key=\"" + key + "\" data-locale=\"zh-Hans\" async></script>");
            browser.get(partner.url());
            SearchContext shadow = waitUntilRendered().getShadowRoot();
            List<WebElement> links = shadow.findElements(By.cssSelector("li h3 a"));
            assertEquals(List.of(newerTitle, olderTitle), links.stream().map(WebElement::getText).toList(), "newest first");
            String text = shadow.findElement(By.cssSelector("section")).getText();
            assertFalse(text.contains(draftTitle), "a draft never renders");
            assertEquals("https://www.example.cn/news/" + Fixtures.articleSlug(newer), links.get(0).getAttribute("href"));
            for (WebElement link : links) {
                assertTrue(link.isDisplayed(), "partner CSS cannot hide the stories");
                assertNotEquals("1px", link.getCssValue("font-size"));
            }
            assertTrue(text.contains("联合出版杂志。"), "summary shown as text");
            WebElement img = shadow.findElement(By.cssSelector("li img"));
            assertTrue(img.getAttribute("src").contains("/content/v1/assets/" + cover));
            assertEquals("", img.getAttribute("alt"), "the cover is decorative next to the title");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) browser.executeScript(
                    "return arguments[0].complete ? arguments[0].naturalWidth : 0", img)).intValue() == 640);
            assertEquals(2, shadow.findElements(By.cssSelector("time[datetime]")).size());
            assertEquals("list", shadow.findElement(By.cssSelector("ul")).getAttribute("role"));
            assertEquals("tongpin-stories-heading", shadow.findElement(By.cssSelector("section")).getAttribute("aria-labelledby"));

            // Keyboard: the first Tab from the top of the page reaches the first story, the next the second.
            browser.findElement(By.tagName("body")).click();
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertEquals(newerTitle, focusedInWidget());
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertEquals(olderTitle, focusedInWidget());
            screenshot("embed-widget.png");
        }
    }

    private static java.util.Map<String, Object> story(String title, String topic, String cover, String summary) {
        java.util.Map<String, Object> article = Fixtures.article(title).html("<p>" + summary + "</p>").body();
        article.put("topics", List.of(topic));
        article.put("summary", summary.replaceAll("<[^>]+>", ""));
        if (cover != null) {
            article.put("coverImage", cover);
        }
        return article;
    }

    private static String focusedInWidget() {
        return (String) browser.executeScript("var h = document.querySelector('tongpin-stories');"
                + " var a = document.activeElement === h ? h.shadowRoot.activeElement : null; return a ? a.textContent : null;");
    }

    /**
     * The same stories on a page without any CSS and on a partner page with the stylesheets partners
     * really ship (div:empty and "main div" hidden, div font and alignment, box sizing, link colours,
     * images hidden, undefined custom elements hidden, main's children restyled): every element of
     * the widget, its host included, must be shown and computed exactly alike.
     */
    @Test
    void shouldLookTheSameUnderHostilePartnerCssAsOnAPlainPage() throws Exception {
        String topic = Fixtures.topic("合作伙伴" + Json.unique("")).id();
        String topicSlug = given().get("/admin/v1/topics/" + topic).then().extract().path("slug");
        String cover = Fixtures.asset(Images.image("jpeg", 320, 240), "image/jpeg", "封面");
        Fixtures.publishedArticle(story("合作伙伴页面上的报道" + Json.unique(""), topic, cover, "摘要一句话。"));
        String key = Fixtures.contentKey().secret();
        String tag = "<script src=\"" + script.toString().replace("127.0.0.1", "localhost") + "\" data-topic=\"" + topicSlug
                + "\" data-key=\"" + key + "\" async></script>";

        java.util.Map<String, Object> plain;
        try (PartnerSite page = new PartnerSite("", tag)) {
            browser.get(page.url());
            waitUntilRendered();
            plain = computedStyles();
        }
        java.util.Map<String, Object> hostile;
        try (PartnerSite page = new PartnerSite(PartnerSite.HOSTILE_CSS, tag)) {
            browser.get(page.url());
            waitUntilRendered();
            hostile = computedStyles();
            screenshot("embed-widget-hostile.png");
        }
        assertTrue(plain.size() >= 12, "host, section, heading, list, story, image, link, time, summary: " + plain.keySet());
        assertEquals(plain.keySet(), hostile.keySet());
        for (String element : plain.keySet()) {
            assertEquals(plain.get(element), hostile.get(element), element + " was restyled by the partner's CSS");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> style = (java.util.Map<String, Object>) hostile.get(element);
            assertNotEquals("none", style.get("display"), element + " is hidden");
            assertEquals("visible", style.get("visibility"), element);
            assertEquals("1", style.get("opacity"), element);
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> host = (java.util.Map<String, Object>) hostile.get("0 " + HOST);
        assertEquals("block", host.get("display"));
        assertEquals("16px", host.get("font-size"));
        assertEquals("left", host.get("text-align"));
        WebElement link = browser.findElement(By.cssSelector(HOST)).getShadowRoot().findElement(By.cssSelector("li h3 a"));
        assertTrue(link.isDisplayed());
    }

    /** Every element of the widget (host first) with its computed styles and size. */
    @SuppressWarnings("unchecked")
    private static java.util.Map<String, Object> computedStyles() {
        Object styles = browser.executeScript("""
                var props = arguments[0];
                var host = document.querySelector(arguments[1]);
                var all = [host].concat(Array.prototype.slice.call(host.shadowRoot.querySelectorAll('*')));
                var out = {};
                all.forEach(function (e, i) {
                  if (e.tagName === 'STYLE') { return; }
                  var s = getComputedStyle(e), r = e.getBoundingClientRect(), o = {};
                  props.forEach(function (p) { o[p] = s.getPropertyValue(p); });
                  o['shown-width'] = String(Math.round(r.width));
                  o['shown-height'] = String(Math.round(r.height));
                  out[i + ' ' + e.tagName.toLowerCase()] = o;
                });
                return out;
                """, STYLES, HOST);
        return new java.util.TreeMap<>((java.util.Map<String, Object>) styles);
    }

    @Test
    void shouldShowAnErrorLineForAKeyThatIsRefused() throws Exception {
        String tag = "<script src=\"" + script.toString().replace("127.0.0.1", "localhost")
                + "\" data-key=\"tp_test_NoSuchKeyAtAll000000000000000000000000000000\" async></script>";
        try (PartnerSite partner = new PartnerSite(tag)) {
            browser.get(partner.url());
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "error".equals(browser.executeScript(
                    "var h = document.querySelector('tongpin-stories'); return h && h.getAttribute('data-state');")));
            WebElement status = browser.findElement(By.cssSelector(HOST)).getShadowRoot()
                    .findElement(By.cssSelector("[role=status]"));
            assertEquals("报道暂时无法加载", status.getText());
        }
    }

    static WebElement waitUntilRendered() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            Object state = browser.executeScript(
                    "var h = document.querySelector('tongpin-stories'); return h && h.getAttribute('data-state');");
            return "ready".equals(state) || "error".equals(state);
        });
        WebElement host = browser.findElement(By.cssSelector(HOST));
        assertEquals("ready", host.getAttribute("data-state"), "the stories loaded");
        return host;
    }

    static void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
