package cn.tongpin.channel.wechat;

import cn.tongpin.channel.ChannelImage;
import cn.tongpin.channel.ChannelWarning;
import cn.tongpin.channel.Html;
import cn.tongpin.channel.InlineStyles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns a body into the HTML WeChat's editor keeps: its tags only, inline styles only, images that
 * name their asset, and external links (web and mailto:) as text with a numbered note (WeChat does
 * not make them clickable; links to other official-account articles stay links).
 */
public final class WechatHtml {

    /** The tags WeChat keeps. */
    public static final Set<String> TAGS = Set.of("section", "p", "span", "strong", "em", "u", "a", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "table", "caption", "thead", "tbody", "tfoot",
            "tr", "th", "td", "br", "img", "hr");
    /** Hosts WeChat keeps links to: its own articles. */
    static final Set<String> WECHAT_HOSTS = Set.of("mp.weixin.qq.com");
    /** Where whitespace between children is only source layout. */
    private static final Set<String> LAYOUT = Set.of("body", "section", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr",
            "blockquote");
    private static final Map<String, String> RENAMES = Map.of("b", "strong", "i", "em", "div", "section",
            "figure", "section", "figcaption", "p", "article", "section", "cite", "em", "dl", "section", "dt", "p");
    private static final Map<String, String> STYLE_RENAMES = Map.of(
            "s", "text-decoration:line-through;", "del", "text-decoration:line-through;", "strike", "text-decoration:line-through;",
            "mark", "background-color:#fff3a8;", "small", "font-size:0.85em;", "ins", "text-decoration:underline;",
            "sup", "vertical-align:super;font-size:0.75em;", "sub", "vertical-align:sub;font-size:0.75em;", "dd", "");
    private static final Map<String, String> DEFAULT_STYLES = Map.of(
            "img", "max-width:100%;height:auto;display:block;margin:0 auto;",
            "pre", "white-space:pre-wrap;word-break:break-all;",
            "table", "border-collapse:collapse;width:100%;",
            "blockquote", "margin:0;padding-left:1em;border-left:3px solid #dbdbdb;color:#666;");
    private static final Safelist SAFELIST = new Safelist()
            .addTags(TAGS.toArray(String[]::new))
            .addAttributes(":all", "style")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt", "data-asset-id")
            .addAttributes("ol", "start")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addProtocols("a", "href", "https", "http")
            .addProtocols("img", "src", "https", "http");

    private WechatHtml() {
    }

    /** The WeChat HTML and the images it shows, in order of appearance. */
    public record Result(String html, List<ChannelImage> images) {
    }

    /**
     * @param images   the WeChat-ready image of an asset id, or null when the asset cannot be shown
     * @param notesTitle the heading of the link notes ("参考链接")
     */
    public static Result convert(String bodyHtml, Function<UUID, ChannelImage> images, String notesTitle,
            List<ChannelWarning> warnings) {
        Element body = Html.parse(bodyHtml);
        List<ChannelImage> shown = new ArrayList<>();
        for (Element img : body.select("img")) {
            placeImage(img, images, shown, warnings);
        }
        Map<String, Integer> notes = new LinkedHashMap<>();
        for (Element a : body.select("a")) {
            footnote(a, notes);
        }
        List<Element> elements = new ArrayList<>(body.getAllElements());
        elements.remove(body);
        // Children before parents, so unwrapping never skips an element.
        for (int i = elements.size() - 1; i >= 0; i--) {
            shape(elements.get(i));
        }
        tidy(body);
        if (!notes.isEmpty()) {
            appendNotes(body, notes, notesTitle);
        }
        Document clean = new Cleaner(SAFELIST).clean(body.ownerDocument());
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(org.jsoup.nodes.Entities.EscapeMode.base);
        return new Result(Html.write(clean.body()), List.copyOf(shown));
    }

    private static void placeImage(Element img, Function<UUID, ChannelImage> images, List<ChannelImage> shown,
            List<ChannelWarning> warnings) {
        UUID id = Html.assetId(img);
        ChannelImage image = id == null ? null : images.apply(id);
        if (image == null) {
            warnings.add(new ChannelWarning("content", "image_removed",
                    id == null ? "an image that is not one of our assets was removed"
                            : "image " + id + " cannot be sent to WeChat and was removed", null, null));
            img.remove();
            return;
        }
        String alt = img.attr("alt");
        img.clearAttributes();
        img.attr("src", image.url()).attr("data-asset-id", image.assetId().toString());
        if (!alt.isBlank()) {
            img.attr("alt", alt);
        }
        if (shown.stream().noneMatch(s -> s.assetId().equals(image.assetId()))) {
            shown.add(image);
        }
    }

    private static void footnote(Element a, Map<String, Integer> notes) {
        String href = a.attr("href").trim();
        if (Html.isWebUrl(href) && WECHAT_HOSTS.contains(Html.host(href))) {
            a.clearAttributes();
            a.attr("href", href);
            return;
        }
        // A web link's note is its URL; a mailto: link's is the address, which readers copy.
        String note = Html.isWebUrl(href) ? href : Html.mailAddress(href);
        if (note == null) {
            a.unwrap();
            return;
        }
        int number = notes.computeIfAbsent(note, h -> notes.size() + 1);
        Element marker = new Element("span").attr("style", "vertical-align:super;font-size:0.75em;color:#888;")
                .text("[" + number + "]");
        a.after(marker);
        a.unwrap();
    }

    private static void shape(Element e) {
        String tag = e.normalName();
        String extraStyle = STYLE_RENAMES.get(tag);
        if (extraStyle != null) {
            e.tagName(tag.equals("dd") ? "p" : "span");
            e.attr("style", InlineStyles.merge(e.attr("style"), extraStyle));
            tag = e.normalName();
        } else if (RENAMES.containsKey(tag)) {
            e.tagName(RENAMES.get(tag));
            tag = e.normalName();
        }
        if (!TAGS.contains(tag)) {
            e.unwrap();
            return;
        }
        String style = InlineStyles.merge(e.attr("style"), DEFAULT_STYLES.getOrDefault(tag, ""));
        Map<String, String> keep = new LinkedHashMap<>();
        for (String name : List.of("href", "src", "alt", "data-asset-id", "start", "colspan", "rowspan")) {
            if (e.hasAttr(name)) {
                keep.put(name, e.attr(name));
            }
        }
        e.clearAttributes();
        keep.forEach(e::attr);
        if (!style.isEmpty()) {
            e.attr("style", style);
        }
    }

    /** WeChat's editor turns whitespace between blocks and empty paragraphs into blank lines. */
    private static void tidy(Element body) {
        List<org.jsoup.nodes.TextNode> layout = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && t.isBlank() && node.parent() != null
                    && LAYOUT.contains(node.parent().nodeName())) {
                layout.add(t);
            }
        }, body);
        layout.forEach(org.jsoup.nodes.Node::remove);
        for (Element p : body.select("p")) {
            if (p.childNodeSize() == 0 || (p.children().isEmpty() && p.text().isBlank())) {
                p.remove();
            }
        }
    }

    private static void appendNotes(Element body, Map<String, Integer> notes, String title) {
        Element section = body.appendElement("section").attr("style", "margin-top:2em;font-size:0.85em;color:#888;");
        section.appendElement("p").attr("style", "font-weight:bold;").text(title);
        Element list = section.appendElement("ol").attr("style", "padding-left:1.5em;word-break:break-all;");
        notes.forEach((url, number) -> list.appendElement("li").text(url));
    }
}
