package cn.tongpin.channel.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The stories widget in a real headless Chromium, on a partner page of another origin, against the running service. */
@QuarkusTest
@Tag("persistence")
class EmbedWidgetBrowserTest {

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
        String tag = "<script src=\"" + script.toString().replace("127.0.0.1", "localhost")
                + "\" data-limit=\"3\" data-locale=\"zh-Hant\" async></script>";
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

    static WebElement waitUntilRendered() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            Object state = browser.executeScript(
                    "var h = document.querySelector('[data-tongpin-stories]'); return h && h.getAttribute('data-state');");
            return "ready".equals(state) || "error".equals(state);
        });
        WebElement host = browser.findElement(By.cssSelector("[data-tongpin-stories]"));
        assertEquals("ready", host.getAttribute("data-state"), "the stories loaded");
        return host;
    }

    static void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
