package cn.tongpin.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepairRulesTest {

    private final PinyinAnnotations pinyin = new PinyinAnnotations();
    private final TraditionalToSimplified simplified = new TraditionalToSimplified();
    private final ChinesePunctuation punctuation = new ChinesePunctuation();
    private final ChineseSpacing spacing = new ChineseSpacing();
    private final Boilerplate boilerplate = new Boilerplate();

    @Test
    void shouldRemovePinyinWithToneMarksToneNumbersOrNoneInEitherParentheses() {
        assertEquals("清远高新区", pinyin.apply("清远(yuǎn)高新区(qū)").text());
        assertEquals("清远高新区", pinyin.apply("清远（yuan3）高新区（qu1）").text());
        assertEquals("清远高新区", pinyin.apply("清远(yuan)高新区 (qu)").text());
        assertEquals("高新区", pinyin.apply("高新(gāo xīn)区").text());
        assertEquals("清遠高新區", pinyin.apply("清遠(yuǎn)高新區(qū)").text(), "Traditional characters are read through HanLP too");
    }

    @Test
    void shouldAcceptEveryReadingOfAHeteronym() {
        assertEquals("行长", pinyin.apply("行(háng)长(zhǎng)").text());
        assertEquals("长江", pinyin.apply("长(cháng)江").text());
    }

    @Test
    void shouldKeepLabelsLatinAndWrongReadings() {
        for (String kept : List.of("方案(A)与方案(B)", "世界卫生组织(WHO)", "清远(gāo)", "高(gǎo)", "直播电商(live commerce)",
                "第二(2)条", "共有50(家)", "清远(Qingyuan)")) {
            Repair repair = pinyin.apply(kept);
            assertEquals(kept, repair.text(), kept);
            assertTrue(repair.changes().isEmpty(), kept);
        }
    }

    @Test
    void shouldRecordEachPinyinRemovalWithPositionBeforeAfterAndRule() {
        Repair repair = pinyin.apply("清远(yuǎn)高新区（qū）");
        assertEquals(List.of(new TextChange(2, "(yuǎn)", "", PinyinAnnotations.NAME),
                new TextChange(11, "（qū）", "", PinyinAnnotations.NAME)), repair.changes());
    }

    @Test
    void shouldRepairTheWholeDamagedStory() {
        String damaged = Stories.traditionalWithPinyin();
        String text = simplified.apply(pinyin.apply(damaged).text()).text();
        assertEquals(Stories.CLEAN, text);
    }

    @Test
    void shouldConvertTraditionalPhraseByPhraseAndListChoices() {
        Repair repair = simplified.apply("清遠高新區的頭髮與乾燥，乾坤未定");
        assertEquals("清远高新区的头发与干燥，乾坤未定", repair.text());
        TextChange gan = repair.changes().stream().filter(c -> c.position() == 9).findFirst().orElseThrow();
        assertEquals("乾", gan.before());
        assertEquals("干", gan.after());
        assertTrue(gan.candidates().containsAll(List.of("干", "乾")), gan.candidates().toString());
        TextChange kept = repair.changes().stream().filter(c -> c.position() == 12).findFirst().orElseThrow();
        assertEquals("乾", kept.after(), "乾坤 keeps its character, and the choice is listed");
        assertTrue(repair.changes().contains(new TextChange(1, "遠", "远", TraditionalToSimplified.NAME)), repair.changes().toString());
    }

    @Test
    void shouldConvertOnlyForSimplifiedLocales() {
        assertTrue(simplified.appliesTo("zh-Hans"));
        assertTrue(simplified.appliesTo(null));
        assertFalse(simplified.appliesTo("zh-Hant"));
        assertFalse(simplified.appliesTo("en"));
        assertTrue(simplified.apply("Qingyuan High-tech Zone").changes().isEmpty());
    }

    @Test
    void shouldMakePunctuationFullWidthBetweenChineseOnly() {
        assertEquals("双方座谈，深化合作；推动发展：党建、经济。", punctuation.apply("双方座谈,深化合作;推动发展:党建、经济.").text());
        assertEquals("他说：“深化合作”！", punctuation.apply("他说:\"深化合作\"!").text());
        assertEquals("清远高新区（管委会）", punctuation.apply("清远高新区(管委会)").text());
        assertEquals("2021年有50+个支部", punctuation.apply("２０２１年有50+个支部").text());
        for (String kept : List.of("版本1.8.6发布", "时间10:30开始", "Hello, world.", "清远(Qingyuan)", "会议?开始")) {
            assertEquals(kept, punctuation.apply(kept).text(), kept);
        }
        assertEquals(List.of(new TextChange(4, ",", "，", ChinesePunctuation.NAME)), punctuation.apply("双方座谈,深化").changes());
    }

    @Test
    void shouldRemoveSpacesBetweenChineseButNotBesideLatinOrDigits() {
        assertEquals("清远高新区与清远广播电视台座谈。", spacing.apply("清远 高新区与　清远广播电视台 座谈 。").text());
        assertEquals("共有 50 多个支部，400 多名党员", spacing.apply("共有 50 多个支部，400 多名党员").text());
        assertEquals("HanLP 1.8.6 版本", spacing.apply("HanLP 1.8.6 版本").text());
        assertEquals("　　段首缩进", spacing.apply("　　段首缩进").text(), "indentation at the start of a line stays");
    }

    @Test
    void shouldRemoveScrapedLinesAndLiftTheirValuesIntoFields() {
        String scraped = "分享到：微信 微博 QQ空间\n" + Stories.CLEAN + "\n来源：清远日报\n记者：王小明\n责任编辑：李华\n点击阅读原文\n扫码关注我们\n";
        Repair repair = boilerplate.apply(scraped);
        assertEquals(Stories.CLEAN + "\n", repair.text());
        assertEquals(Map.of("source", "清远日报", "byline", "王小明", "editor", "李华"), repair.fields());
        assertEquals(new TextChange(0, "分享到：微信 微博 QQ空间\n", "", Boilerplate.NAME), repair.changes().get(0));
        assertEquals(6, repair.changes().size());
    }

    @Test
    void shouldKeepSentencesThatOnlyMentionSuchWords() {
        String story = "记者从清远高新区了解到，园区来源广泛的投资持续增长，编辑部也参与了报道。\n点赞的人很多，活动现场气氛热烈，大家纷纷表示要扫码关注后续进展并积极参与各项工作。";
        Repair repair = boilerplate.apply(story);
        assertEquals(story, repair.text());
        assertTrue(repair.fields().isEmpty());
    }
}
