package cn.tongpin.importing;

import com.hankcs.hanlp.HanLP;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One made-up story about the symposium, written clean and then damaged each way a scraped copy arrives. */
final class Stories {

    static final String TITLE = "清远高新区与清远广播电视台座谈，共商宣传合作";
    static final String CLEAN = "10月11日，清远高新区党工委副书记、管委会主任周岐贤率队到清远广播电视台座谈交流。\n"
            + "双方围绕党建、经济发展、招商引资和产业联动等方面深化宣传合作，并探讨直播电商助力企业发展。\n"
            + "郑伟文表示，将发挥视频制作和主持人优势，为园区企业提供服务。";
    static final String GBK_SEGMENT = "围绕党建、经济发展、招商引资";

    private Stories() {
    }

    /** Traditional characters, each followed by its tone-marked reading in parentheses, as the real copy came. */
    static String traditionalWithPinyin() {
        return traditionalWithPinyin(CLEAN);
    }

    static String traditionalWithPinyin(String clean) {
        String traditional = HanLP.convertToTraditionalChinese(clean);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < traditional.length(); i++) {
            char t = traditional.charAt(i);
            out.append(t);
            if (t != clean.charAt(i)) {
                out.append('(').append(HanLP.convertToPinyinList(String.valueOf(clean.charAt(i))).get(0).getPinyinWithToneMark()).append(')');
            }
        }
        return out.toString();
    }

    /** A segment decoded as GBK one byte late. */
    static String gbkShifted(String segment) {
        Charset gbk = Charset.forName("GBK");
        byte[] bytes = segment.getBytes(gbk);
        return gbk.decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, 1, bytes.length))).toString();
    }

    /** A segment's UTF-8 bytes read as windows-1252. */
    static String latin1(String segment) {
        return new String(segment.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    }

    static String withSegment(String replacement) {
        return CLEAN.replace(GBK_SEGMENT, replacement);
    }
}
