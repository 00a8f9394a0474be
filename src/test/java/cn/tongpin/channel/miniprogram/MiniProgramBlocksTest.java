package cn.tongpin.channel.miniprogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.channel.ChannelWarning;
import cn.tongpin.channel.HostileArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MiniProgramBlocksTest {

    @Test
    void shouldKeepOnlyTrustedTagsAndAttributesFromHostileArticle() {
        MiniProgramArticle article = MiniProgramArticle.of(HostileArticle.withLongBody());
        StringBuilder text = new StringBuilder();
        for (Block block : article.blocks()) {
            if (block instanceof Block.Rich rich) {
                rich.nodes().forEach(n -> check(n, text));
            }
        }
        HostileArticle.assertUntrustedTextKept(text.toString());
        assertFalse(text.toString().contains("alert('script')"));
        assertTrue(text.toString().contains("长".repeat(30_000)), "long bodies are not cut in mini-programs");
        assertTrue(text.toString().contains("&lt;script&gt;literal&lt;/script&gt; &amp; done"));
    }

    private static void check(Block.Node node, StringBuilder text) {
        if (node instanceof Block.Text t) {
            text.append(t.text());
            assertFalse(t.text().contains("<"), "text is escaped: " + t.text());
            return;
        }
        Block.Element e = (Block.Element) node;
        assertTrue(MiniProgramBlocks.TRUSTED.contains(e.name()), "untrusted tag " + e.name());
        for (Map.Entry<String, String> attr : e.attrs().entrySet()) {
            assertTrue(Set.of("style", "src", "alt", "width", "height", "start", "type", "colspan", "rowspan", "span").contains(attr.getKey()),
                    "attribute " + attr.getKey());
            String v = attr.getValue().toLowerCase();
            assertFalse(v.contains("javascript") || v.contains("url(") || v.contains("position") || v.contains("expression"), v);
        }
        if (e.name().equals("img")) {
            assertTrue(e.attrs().get("src").startsWith("https://"));
            assertEquals("max-width:100%;height:auto;", e.attrs().get("style"));
        }
        e.children().forEach(c -> check(c, text));
    }

    @Test
    void shouldMakeImagesAndLinksBlocksOfTheirOwnInOrder() {
        List<ChannelWarning> warnings = new ArrayList<>();
        List<Block> blocks = MiniProgramBlocks.build(HostileArticle.XSS, HostileArticle.images()::get, warnings);
        List<String> types = blocks.stream().map(Block::type).toList();
        List<Block.Link> links = blocks.stream().filter(b -> b instanceof Block.Link).map(b -> (Block.Link) b).toList();
        assertEquals(List.of("https://evil.example.com/page?a=1&b=2", "https://www.example.org/", "https://evil.example.com/page?a=1&b=2",
                "https://mp.weixin.qq.com/s/abcdef"), links.stream().map(Block.Link::href).toList());
        assertEquals("外部链接", links.get(0).text());
        List<Block.Image> images = blocks.stream().filter(b -> b instanceof Block.Image).map(b -> (Block.Image) b).toList();
        assertEquals(3, images.size(), "normal, huge and WebP; the unknown asset is dropped, the table image stays inside the table");
        assertEquals(HostileArticle.BASE + "/content/v1/assets/" + HostileArticle.NORMAL, images.get(0).src());
        assertEquals(1200, images.get(0).width());
        assertEquals("正常图片", images.get(0).alt());
        int image = types.indexOf("image");
        assertEquals("rich", types.get(image - 1), "the text before the image");
        assertEquals("rich", types.get(image + 1), "the text after the image");
        assertTrue(warnings.stream().anyMatch(w -> w.code().equals("image_removed")));
    }

    @Test
    void shouldSplitParagraphAroundImageKeepingItsTag() {
        String html = "<p style=\"text-align:center\">前<img data-asset-id=\"" + HostileArticle.NORMAL + "\">后</p>";
        List<Block> blocks = MiniProgramBlocks.build(html, HostileArticle.images()::get, new ArrayList<>());
        assertEquals(3, blocks.size());
        Block.Element before = (Block.Element) ((Block.Rich) blocks.get(0)).nodes().get(0);
        assertEquals("p", before.name());
        assertEquals("text-align:center;", before.attrs().get("style"));
        assertEquals("前", ((Block.Text) before.children().get(0)).text());
        assertTrue(blocks.get(1) instanceof Block.Image);
        assertEquals("后", ((Block.Text) ((Block.Element) ((Block.Rich) blocks.get(2)).nodes().get(0)).children().get(0)).text());
    }

    @Test
    void shouldGiveMailtoLinksAsLinkBlocksAndDropOtherSchemes() {
        List<Block> blocks = MiniProgramBlocks.build("<p>写信给<a href=\"MAILTO:ban%40example.cn\">办公室</a>"
                + "<a href=\"mailto:\">空</a><a href=\"mailto:not-an-address\">坏</a><a href=\"tel:123\">电话</a></p>",
                HostileArticle.images()::get, new ArrayList<>());
        assertEquals(List.of(new Block.Link("MAILTO:ban%40example.cn", "办公室")),
                blocks.stream().filter(b -> b instanceof Block.Link).toList());
    }

    @Test
    void shouldTurnTablesIntoParagraphsForRenderersWithoutTables() {
        String html = "<table><caption>名单</caption><tr><th>姓名</th><th>职务</th></tr>"
                + "<tr><td>张三</td><td><table><tr><td>台长</td><td>书记</td></tr></table></td></tr>"
                + "<tr><td></td><td></td></tr><tr><td>李四</td><td></td></tr></table>";
        List<Block> blocks = MiniProgramBlocks.build(html, HostileArticle.images()::get, new ArrayList<>(), TableForm.paragraphs);
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        for (Block block : blocks) {
            ((Block.Rich) block).nodes().forEach(n -> collect(n, text, tags));
        }
        assertEquals("名单姓名：张三；职务：台长；书记姓名：李四", text.toString());
        assertFalse(tags.stream().anyMatch(Set.of("table", "caption", "thead", "tbody", "tr", "th", "td")::contains), tags.toString());
        assertEquals(List.of("section", "p", "strong", "p", "section", "p", "p"), tags, "the inner table is text of its cell");
        assertEquals(MiniProgramBlocks.build(html, HostileArticle.images()::get, new ArrayList<>()),
                MiniProgramBlocks.build(html, HostileArticle.images()::get, new ArrayList<>(), TableForm.table));
    }

    private static void collect(Block.Node node, StringBuilder text, List<String> tags) {
        if (node instanceof Block.Text t) {
            text.append(t.text());
        } else if (node instanceof Block.Element e) {
            tags.add(e.name());
            e.children().forEach(c -> collect(c, text, tags));
        }
    }
}
