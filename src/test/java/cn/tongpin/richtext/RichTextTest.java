package cn.tongpin.richtext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void shouldRenderMarkdownWithTablesAndPlainText() {
        RichText body = RichText.of("# 座谈会\n\n清远高新区代表团到访**清远广播电视台**。\n\n- 党建\n- 招商引资\n\n"
                + "| 项目 | 数量 |\n|---|---|\n| 党支部 | 50+ |\n", BodyFormat.markdown);
        assertTrue(body.html().contains("<h2>座谈会</h2>"), body.html());
        assertTrue(body.html().contains("<strong>清远广播电视台</strong>"), body.html());
        assertTrue(body.html().contains("<table>"), body.html());
        assertTrue(body.html().contains("<td>50+</td>"), body.html());
        assertEquals("座谈会\n清远高新区代表团到访清远广播电视台。\n党建\n招商引资\n项目 数量\n党支部 50+", body.text());
    }

    @Test
    void shouldReadHtmlAsHtml() {
        RichText body = RichText.of("<p>一&amp;二</p><script>alert(1)</script><p>三</p>", BodyFormat.html);
        assertEquals("<p>一&amp;二</p><p>三</p>", body.html());
        assertEquals("一&二\n三", body.text());
    }
}
