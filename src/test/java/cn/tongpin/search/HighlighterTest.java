package cn.tongpin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HighlighterTest {

    @Test
    void shouldMarkMatchesAndEscapeTheRest() {
        String snippet = Highlighter.snippet("双方围绕<党建>、经济发展开展座谈", SearchQuery.parse("党建", "q"));
        assertEquals("双方围绕&lt;<mark>党建</mark>&gt;、经济发展开展座谈", snippet);
    }

    @Test
    void shouldMarkBigramsWhenTheWholeRunIsNotThere() {
        String snippet = Highlighter.snippet("高新区与广播电视台", SearchQuery.parse("高新电视", "q"));
        assertTrue(snippet.contains("<mark>高新</mark>") && snippet.contains("<mark>电视</mark>"), snippet);
    }

    @Test
    void shouldCutAroundTheFirstMatch() {
        String text = "前".repeat(200) + "直播电商" + "后".repeat(200);
        String snippet = Highlighter.snippet(text, SearchQuery.parse("直播电商", "q"));
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…") && snippet.contains("<mark>直播电商</mark>"), snippet);
    }

    @Test
    void shouldMatchTraditionalQueriesAndLatinCaseInsensitively() {
        assertTrue(Highlighter.snippet("清远高新区 WeChat", SearchQuery.parse("清遠 wechat", "q")).contains("<mark>WeChat</mark>"));
        assertTrue(Highlighter.snippet("清远高新区", SearchQuery.parse("清遠", "q")).contains("<mark>清远</mark>"));
    }
}
