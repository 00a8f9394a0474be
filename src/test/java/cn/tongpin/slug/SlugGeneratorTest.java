package cn.tongpin.slug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugGeneratorTest {

    @Test
    void shouldRomaniseChineseByPhrase() {
        assertEquals("qing-yuan-gao-xin-qu", SlugGenerator.fromName("清远高新区"));
        assertEquals("chong-qing", SlugGenerator.fromName("重庆"));
    }

    @Test
    void shouldKeepLatinAndDigitsAndDropPunctuation() {
        assertEquals("2021-nian-dang-jian-50-ge-zhi-bu", SlugGenerator.fromName("2021年党建：50个支部"));
        assertEquals("feng-qi-gao-xin", SlugGenerator.fromName("《凤起高新》"));
        assertEquals("wechat-gong-zhong-hao", SlugGenerator.fromName("WeChat 公众号"));
        assertEquals("cafe", SlugGenerator.fromName("Café"));
        assertEquals("abc123", SlugGenerator.fromName("ＡＢＣ１２３"));
    }

    @Test
    void shouldBeStableAndBounded() {
        String name = "清远高新区党工委与清远广播电视台关于深化宣传合作推动产业联动和直播电商发展的座谈会纪要全文";
        String slug = SlugGenerator.fromName(name);
        assertEquals(slug, SlugGenerator.fromName(name));
        assertTrue(slug.length() <= SlugGenerator.MAX_LENGTH);
        assertTrue(slug.matches(Slugs.PATTERN), slug);
    }

    @Test
    void shouldGiveEmptyForNothingRomanisable() {
        assertEquals("", SlugGenerator.fromName("？！…"));
    }
}
