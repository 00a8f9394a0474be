package cn.tongpin.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRepairsTest {

    @Test
    void shouldRepairEveryDamageAtOnceAndKeepWarningsPointingIntoTheRepairedText() {
        String garbled = Stories.gbkShifted(Stories.GBK_SEGMENT);
        int cut = Stories.CLEAN.indexOf(Stories.GBK_SEGMENT);
        String before = Stories.CLEAN.substring(0, cut);
        String after = Stories.CLEAN.substring(cut + Stories.GBK_SEGMENT.length());
        String damaged = "分享到：微信 微博\n" + Stories.traditionalWithPinyin(before).replace("，", ",") + garbled
                + Stories.traditionalWithPinyin(after) + "\n责任编辑：李华";
        TextRepairs.Result result = TextRepairs.run(damaged, "zh-Hans", List.of());
        assertTrue(result.text().startsWith(before), result.text());
        assertTrue(result.text().strip().endsWith(after), result.text());
        assertEquals("李华", result.fields().get("editor"));
        TextWarning warning = result.warnings().stream().filter(w -> w.kind().equals(RareCharacterRuns.KIND)).findFirst().orElseThrow();
        assertTrue(warning.position() >= before.length() && warning.position() < before.length() + 3, warning + " in " + result.text());
        assertTrue(warning.candidate() != null && Stories.GBK_SEGMENT.contains(warning.candidate().substring(0, 4)), warning.toString());
        assertTrue(result.changes().stream().map(TextChange::rule).distinct().toList()
                .containsAll(List.of("boilerplate", "pinyin-annotations", "traditional-to-simplified", "punctuation")));
    }

    @Test
    void shouldSkipSwitchedOffRules() {
        TextRepairs.Result result = TextRepairs.run(Stories.traditionalWithPinyin(), "zh-Hans", List.of("traditional-to-simplified"));
        assertEquals(com.hankcs.hanlp.HanLP.convertToTraditionalChinese(Stories.CLEAN), result.text());
        assertTrue(result.changes().stream().allMatch(c -> c.rule().equals("pinyin-annotations")));
    }

    @Test
    void shouldCarryPositionsThroughEarlierChanges() {
        List<List<TextChange>> steps = List.of(List.of(new TextChange(2, "(yuǎn)", "", "p")), List.of(new TextChange(0, "ab", "a", "q")));
        assertEquals(1, TextRepairs.carry(2, steps));
        assertEquals(3, TextRepairs.carry(10, steps));
        assertEquals(1, TextRepairs.carry(4, steps), "inside a change: at its start");
    }
}
