package cn.tongpin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.web.ProblemException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTokenizerTest {

    @Test
    void shouldIndexBigramsSoThatTwoCharacterWordsAreFound() {
        Set<String> tokens = SearchTokenizer.distinct("清远高新区党工委加强党建工作");
        assertTrue(tokens.contains("高新"), tokens.toString());
        assertTrue(tokens.contains("党建"), tokens.toString());
        assertTrue(tokens.contains("新区"), tokens.toString());
    }

    @Test
    void shouldAddDictionaryWordsOfThreeOrMoreCharacters() {
        Set<String> tokens = SearchTokenizer.distinct("清远广播电视台与高新区座谈");
        assertTrue(tokens.contains("电视台") || tokens.contains("广播电视台"), tokens.toString());
        assertTrue(tokens.contains("高新区"), tokens.toString());
    }

    @Test
    void shouldFindWordsMissingFromTheDictionaryThroughBigrams() {
        // 周岐贤 is not in the dictionary (HanLP splits it), but its bigrams are indexed.
        Set<String> tokens = SearchTokenizer.distinct("周岐贤带队");
        assertTrue(tokens.contains("周岐") && tokens.contains("岐贤"), tokens.toString());
    }

    @Test
    void shouldNormaliseTraditionalToSimplified() {
        assertEquals(SearchTokenizer.distinct("清远高新区"), SearchTokenizer.distinct("清遠高新區"));
        assertTrue(SearchTokenizer.distinct("黨建工作").contains("党建"));
    }

    @Test
    void shouldKeepLatinWordsAndNumbersInLowerCase() {
        Set<String> tokens = SearchTokenizer.distinct("自2021年起，400多名党员；５G 直播 WeChat");
        assertTrue(tokens.contains("2021"), tokens.toString());
        assertTrue(tokens.contains("400"), tokens.toString());
        assertTrue(tokens.contains("5g"), "full-width digits fold: " + tokens);
        assertTrue(tokens.contains("wechat"), tokens.toString());
        assertFalse(tokens.contains("；"), tokens.toString());
    }

    @Test
    void shouldRequireEveryBigramOfTheQuery() {
        SearchQuery query = SearchQuery.parse("高新区 2021", "q");
        assertEquals("'高新' & '新区' & '2021'", query.match());
        assertTrue(query.rank().contains("'高新区'"), query.rank());
    }

    @Test
    void shouldParseTraditionalQueryIntoSimplifiedTokens() {
        assertEquals(SearchQuery.parse("清远高新区", "q").match(), SearchQuery.parse("清遠高新區", "q").match());
    }

    @Test
    void shouldRefuseEmptyAndAbsurdQueries() {
        for (String q : new String[] { "", "   ", "，。！", "党", "x".repeat(101) }) {
            ProblemException e = assertThrows(ProblemException.class, () -> SearchQuery.parse(q, "q"), q);
            assertEquals(400, e.text().status());
            assertEquals("q", e.errors().get(0).field());
        }
    }

    @Test
    void shouldQuoteLexemesSafely() {
        assertEquals("'it' & 's'", SearchQuery.parse("it's", "q").match());
    }
}
