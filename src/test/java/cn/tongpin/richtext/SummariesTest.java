package cn.tongpin.richtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummariesTest {

    @Test
    void shouldKeepShortTextWhole() {
        assertEquals("清远高新区到访清远广播电视台。", Summaries.derive("清远高新区到访清远广播电视台。\n"));
        assertNull(Summaries.derive("  \n "));
    }

    @Test
    void shouldTakeWholeChineseSentencesThatFit() {
        String first = "10月11日，清远高新区党工委副书记、管委会主任周岐贤带队到清远广播电视台座谈交流。";
        String second = "双方围绕深化宣传合作、推动党媒资源与党建、经济发展、文化塑造、招商引资和产业联动相结合进行了深入交流，"
                + "并就直播电商助力区内企业发展达成共识。";
        String summary = Summaries.derive(first + second + "第三句说的是双方将继续深化现有合作项目，紧跟全市中心工作，寻找新的宣传角度，并以视频制作与主持人资源帮助企业开展网上销售。");
        assertEquals(first + second, summary);
        assertTrue(Summaries.length(summary) <= 120);
    }

    @Test
    void shouldCutAnOverlongFirstSentenceAtACharacterWithEllipsis() {
        String text = "高".repeat(200) + "。";
        String summary = Summaries.derive(text);
        assertEquals(120, Summaries.length(summary));
        assertTrue(summary.endsWith("…"));
    }

    @Test
    void shouldNeverCutInsideALatinWordOfMixedText() {
        String text = "清远高新区电子信息产业园 aims to become a first-class industrial park in China, "
                + "and the zone wants the city's first park with an output of 100 billion yuan, working with Qingyuan Radio and Television Station on publicity";
        String summary = Summaries.derive(text);
        assertTrue(Summaries.length(summary) <= 120, summary);
        assertTrue(summary.endsWith("…"), summary);
        String beforeEllipsis = summary.substring(0, summary.length() - 1);
        assertTrue(text.startsWith(beforeEllipsis), summary);
        char next = text.charAt(beforeEllipsis.length());
        assertTrue(!Character.isLetterOrDigit(next) || !Character.isLetterOrDigit(beforeEllipsis.charAt(beforeEllipsis.length() - 1)),
                "cut inside a word: " + summary);
    }

    @Test
    void shouldNotSplitSurrogatePairsOrCombiningMarks() {
        String text = "𠀀".repeat(130) + "e\u0301";
        String summary = Summaries.derive(text);
        assertEquals(120, Summaries.length(summary));
        assertTrue(summary.codePoints().allMatch(cp -> cp == 0x20000 || cp == '…'), summary);
    }

    @Test
    void shouldTreatLatinFullStopsAndMixedPunctuation() {
        String text = "Tongpin publishes once. 各渠道同步获取！" + "x".repeat(200);
        assertEquals("Tongpin publishes once. 各渠道同步获取！", Summaries.derive(text));
        assertEquals("版本 3.5 发布。", Summaries.derive("版本 3.5 发布。" + "长".repeat(200)));
    }

    @Test
    void shouldDeriveFromParagraphsOnlyNeverCaptionsCellsOrFigureText() {
        String html = "<figure><img src=\"asset:x\" alt=\"现场\"><figcaption>座谈会现场</figcaption></figure>"
                + "<table><caption>各支部党员人数</caption><tr><th>支部</th><th>党员</th></tr><tr><td><p>A公司支部</p></td><td>35</td></tr>"
                + "<tr><td>合计</td><td>35</td></tr></table><h2>概况</h2><ul><li><p>列表段落</p></li></ul><pre>代码</pre>"
                + "<p>现场各支部党员参加学习。</p><blockquote><p>引用的一段话。</p></blockquote><p>第二段<br>换行。</p>";
        assertEquals("现场各支部党员参加学习。引用的一段话。第二段换行。", Summaries.ofHtml(html));
        assertNull(Summaries.ofHtml("<table><tr><td>只有表格</td></tr></table><figure><figcaption>图注</figcaption></figure>"));
        assertNull(Summaries.ofHtml(null));
    }
}
