package cn.tongpin.locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TraditionalChineseTest {

    @Test
    void shouldConvertPhraseByPhraseNotCharacterByCharacter() {
        assertEquals("頭髮", TraditionalChinese.convert("头发"));
        assertEquals("理髮", TraditionalChinese.convert("理发"));
        assertEquals("幹部", TraditionalChinese.convert("干部"));
        assertEquals("乾燥", TraditionalChinese.convert("干燥"));
        assertEquals("皇后", TraditionalChinese.convert("皇后"));
        assertEquals("後來", TraditionalChinese.convert("后来"));
        assertEquals("清遠高新區", TraditionalChinese.convert("清远高新区"));
    }

    @Test
    void shouldConvertEveryTextValueOfATreeButNoFieldNameOrSlug() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode tree = mapper.readTree("{\"name\":\"清远高新区\",\"slug\":\"qing-yuan\",\"count\":2,"
                + "\"topics\":[{\"name\":\"党建\"},\"发展\"]}");
        TraditionalChinese.convertTree(tree);
        assertEquals("{\"name\":\"清遠高新區\",\"slug\":\"qing-yuan\",\"count\":2,\"topics\":[{\"name\":\"黨建\"},\"發展\"]}",
                mapper.writeValueAsString(tree));
    }

    @Test
    void shouldNegotiateScriptFromParameterThenAcceptLanguage() {
        assertEquals(Script.HANT, LocaleNegotiation.resolve("zh-Hant", "zh-CN"));
        assertEquals(Script.HANS, LocaleNegotiation.resolve("zh-Hans", "zh-TW"));
        assertEquals(Script.HANT, LocaleNegotiation.resolve(null, "zh-TW"));
        assertEquals(Script.HANT, LocaleNegotiation.resolve(null, "zh-HK,zh;q=0.8"));
        assertEquals(Script.HANT, LocaleNegotiation.resolve(null, "en-US,zh-Hant-TW;q=0.9,zh-CN;q=0.5"));
        assertEquals(Script.HANS, LocaleNegotiation.resolve(null, "zh-CN,zh-TW;q=0.5"));
        assertEquals(Script.HANS, LocaleNegotiation.resolve(null, "en"));
        assertEquals(Script.HANS, LocaleNegotiation.resolve(null, null));
    }

    @Test
    void shouldRefuseUnknownLocaleParameter() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(cn.tongpin.web.ProblemException.class,
                () -> LocaleNegotiation.resolve("fr", null));
        assertEquals("locale", e.errors().get(0).field());
    }
}
