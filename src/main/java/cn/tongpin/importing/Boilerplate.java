package cn.tongpin.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the lines a scraper copies along with a story: share buttons, 点击阅读原文, 扫码关注 and
 * the like go; 责任编辑, 来源 and 记者 lines go too, their values moving into the editor, source and
 * byline fields. Only short whole lines are touched, never a sentence of the story.
 */
public final class Boilerplate implements RepairRule {

    public static final String NAME = "boilerplate";
    public static final String EDITOR = "editor";
    public static final String SOURCE = "source";
    public static final String BYLINE = "byline";

    private static final int LONGEST = 60;
    private static final String COLON = "\\s*[:：]\\s*";
    private static final Map<String, Pattern> FIELDS = Map.of(
            EDITOR, Pattern.compile("[【\\[]?(?:责任编辑|责编|编辑|值班编辑|审核|校对)[】\\]]?" + COLON + "(.+)"),
            SOURCE, Pattern.compile("[【\\[]?(?:来源|稿件来源|信息来源|文章来源|转自|出处)[】\\]]?" + COLON + "(.+)"),
            BYLINE, Pattern.compile("[【\\[]?(?:文/图|图/文|文图|图文|记者|作者|撰文|通讯员|摄影|文)[】\\]]?(?:" + COLON + "|\\s*[/｜|]\\s*)(.+)"));
    private static final List<String> FIELD_ORDER = List.of(EDITOR, SOURCE, BYLINE);
    private static final Pattern NOISE = Pattern.compile(String.join("|",
            "分享到.*", "分享", "转发", "收藏", "点赞", "在看", "赞", "打印(本页)?", "关闭(窗口|本页)?", "返回(顶部|首页|列表)",
            "上一篇.*", "下一篇.*", "(点击)?阅读原文.*", "(点击)?(上方|下方|蓝字)?.*关注我们.*", "扫码关注.*", "扫一扫.*",
            "(微信)?扫一扫.*", "长按.*(二维码|关注).*", "[【\\[]?字[体号][:：].*", "(阅读|浏览)(量|次数)?[:：]?\\s*\\d+.*",
            "预览时标签不可点", "微信扫一扫关注该公众号", "((微信|微博|QQ空间|QQ|朋友圈|豆瓣|复制链接)[\\s|｜、]*){2,}",
            "【?(打印|关闭|收藏)】?([\\s|｜]*【?(打印|关闭|收藏|纠错)】?)*"));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Repair apply(String text) {
        Edits edits = new Edits(text, NAME);
        Map<String, String> fields = new LinkedHashMap<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            String line = text.substring(start, newline < 0 ? text.length() : newline).strip();
            if (!line.isEmpty() && line.length() <= LONGEST && (NOISE.matcher(line).matches() || field(line, fields))) {
                edits.replace(start, end, "");
            }
            start = end;
        }
        Repair repair = edits.done();
        return new Repair(repair.text(), repair.changes(), Map.copyOf(fields));
    }

    /** Lifts the line's value into its field; false when the line is no such line. */
    private static boolean field(String line, Map<String, String> fields) {
        for (String field : FIELD_ORDER) {
            Matcher m = FIELDS.get(field).matcher(line);
            if (m.matches()) {
                String value = m.group(1).strip().replaceAll("[）)】\\]]$", "");
                fields.merge(field, value, (a, b) -> a + " " + b);
                return true;
            }
        }
        return false;
    }
}
