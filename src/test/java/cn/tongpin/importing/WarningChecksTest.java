package cn.tongpin.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WarningChecksTest {

    private final RareCharacterRuns rare = new RareCharacterRuns();
    private final Latin1Mojibake latin1 = new Latin1Mojibake();
    private final QuestionMarks questions = new QuestionMarks();
    private final ReplacementCharacters replacements = new ReplacementCharacters();

    @Test
    void shouldFindNothingInTheCleanStory() {
        for (WarningCheck check : TextRepairs.CHECKS) {
            assertEquals(List.of(), check.check(Stories.CLEAN), check.kind());
            assertEquals(List.of(), check.check(Stories.TITLE), check.kind());
        }
    }

    @Test
    void shouldFlagAGbkShiftedSegmentWithTheReadingOfItsBytes() {
        String garbled = Stories.gbkShifted(Stories.GBK_SEGMENT);
        String text = Stories.withSegment(garbled);
        List<TextWarning> warnings = rare.check(text);
        assertEquals(1, warnings.size(), warnings.toString());
        TextWarning warning = warnings.get(0);
        int at = text.indexOf(garbled);
        assertTrue(warning.position() >= at && warning.position() < at + 3, warning.toString());
        assertTrue(warning.candidate() != null && Stories.GBK_SEGMENT.contains(warning.candidate().substring(0, 4)),
                "candidate " + warning.candidate());
    }

    @Test
    void shouldFlagStrayCharactersWithoutInventingAReading() {
        List<TextWarning> warnings = rare.check("座谈交流の⒐サㄗ双方");
        assertEquals(1, warnings.size());
        assertEquals(4, warnings.get(0).position());
        assertNull(warnings.get(0).candidate());
    }

    @Test
    void shouldFlagLatin1MojibakeWithItsUtf8Reading() {
        String garbled = Stories.latin1("清远高新区党工委副书记");
        String text = "10月11日，" + garbled + "周岐贤率队座谈。";
        List<TextWarning> warnings = latin1.check(text);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(7, warnings.get(0).position());
        assertEquals(garbled, warnings.get(0).text());
        assertEquals("清远高新区党工委副书记", warnings.get(0).candidate());
        assertTrue(latin1.check("Café, naïve résumé — Zürich").isEmpty());
    }

    @Test
    void shouldFlagQuestionMarksInsideChineseOnly() {
        List<TextWarning> warnings = questions.check("清远高新区党工委副书??周岐贤率队。Is it ok? 真的吗？");
        assertEquals(1, warnings.size());
        assertEquals(new TextWarning(QuestionMarks.KIND, 10, "??", null, warnings.get(0).message()), warnings.get(0));
    }

    @Test
    void shouldFlagReplacementCharacters() {
        List<TextWarning> warnings = replacements.check("清远高新\uFFFD\uFFFD党工委");
        assertEquals(1, warnings.size());
        assertEquals(4, warnings.get(0).position());
        assertEquals("\uFFFD\uFFFD", warnings.get(0).text());
    }

    @Test
    void shouldNotFlagNamesWithRareCharacters() {
        assertTrue(rare.check("周岐贤与郑伟文、胡春龙座谈").isEmpty());
    }

    @Test
    void shouldJudgeTraditionalTextByItsSimplifiedForm() {
        String traditional = com.hankcs.hanlp.HanLP.convertToTraditionalChinese(Stories.CLEAN);
        assertEquals(List.of(), rare.check(traditional));
        assertEquals(List.of(), rare.check(Stories.traditionalWithPinyin()));
    }
}
