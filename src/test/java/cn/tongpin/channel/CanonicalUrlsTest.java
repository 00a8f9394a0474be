package cn.tongpin.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.tongpin.web.ProblemException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalUrlsTest {

    @Test
    void shouldExpandSlugAndIdPlaceholders() {
        UUID id = UUID.fromString("0b6d3c1e-2a4f-4f7e-9d1c-5e6f7a8b9c0d");
        assertEquals("https://www.example.cn/news/qing-yuan", CanonicalUrls.expand("https://www.example.cn/news/{slug}", id, "qing-yuan"));
        assertEquals("https://m.example.cn/a/" + id + "?s=a%2Fb", CanonicalUrls.expand("https://m.example.cn/a/{id}?s={slug}", id, "a/b"));
    }

    @Test
    void shouldResolveLocaleFromParameterThenAcceptLanguage() {
        assertEquals(ChannelLocale.HANT, ChannelLocale.resolve("zh-Hant", null));
        assertEquals(ChannelLocale.HANT, ChannelLocale.resolve("zh-TW", "zh-CN"));
        assertEquals(ChannelLocale.HANS, ChannelLocale.resolve(null, "en-US,zh-CN;q=0.8"));
        assertEquals(ChannelLocale.HANT, ChannelLocale.resolve(null, "en-US, zh-HK;q=0.9"));
        assertEquals(ChannelLocale.HANS, ChannelLocale.resolve(null, null));
        assertThrows(ProblemException.class, () -> ChannelLocale.resolve("fr", null));
    }

    @Test
    void shouldConvertArticleTextButNotMarkupToTraditional() {
        ChannelArticle hant = ChannelLocale.HANT.apply(HostileArticle.withoutLongBody());
        assertEquals("zh-Hant", hant.locale());
        assertEquals("來源：清遠日報社", hant.syndication().attribution());
        assertEquals("清遠日報社", hant.sourceOrganization().name());
        org.junit.jupiter.api.Assertions.assertTrue(hant.bodyHtml().contains("data-asset-id=\"" + HostileArticle.NORMAL + "\""));
        org.junit.jupiter.api.Assertions.assertTrue(hant.bodyHtml().contains("圖前文字"), hant.bodyHtml());
    }

    @Test
    void shouldPutTheTraditionalQueryBeforeAFragment() {
        String template = "{url}?locale=zh-Hant";
        assertEquals("https://www.example.cn/a?locale=zh-Hant", CanonicalUrls.traditional(template, "https://www.example.cn/a"));
        assertEquals("https://www.example.cn/a?locale=zh-Hant#top", CanonicalUrls.traditional(template, "https://www.example.cn/a#top"));
        assertEquals("https://www.example.cn/a?id=1&locale=zh-Hant#top",
                CanonicalUrls.traditional(template, "https://www.example.cn/a?id=1#top"));
        assertEquals("https://tw.example.cn/a#top", CanonicalUrls.traditional("https://tw.example.cn/{url}", "a#top"));
    }
}
