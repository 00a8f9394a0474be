package cn.tongpin.channel.miniprogram;

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
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a body into mini-program blocks: runs of text as rich-text nodes (only that component's
 * trusted tags and attributes), images as their own blocks, and each link (web or mailto:) as a
 * block after the text it was in, because rich-text cannot tap links. Untrusted tags are unwrapped, their text kept.
 */
public final class MiniProgramBlocks {

    /** rich-text's trusted tags. */
    static final Set<String> TRUSTED = Set.of("a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "big",
            "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "div", "dl", "dt", "em",
            "fieldset", "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "label",
            "legend", "li", "mark", "nav", "ol", "p", "pre", "q", "rt", "ruby", "s", "section", "small", "span", "strong",
            "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul");
    /** rich-text's attributes per tag (besides style; class is left out because the body's classes mean nothing there). */
    private static final Map<String, List<String>> ATTRIBUTES = Map.of(
            "col", List.of("span", "width"), "colgroup", List.of("span", "width"), "img", List.of("alt", "src", "width", "height"),
            "ol", List.of("start", "type"), "table", List.of("width"), "td", List.of("colspan", "rowspan", "width", "height"),
            "th", List.of("colspan", "rowspan", "width", "height"));
    /** Where whitespace between children is only source layout. */
    static final Set<String> STRUCTURE = Set.of("body", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "section", "div",
            "blockquote", "figure");
    static final String IMAGE_STYLE = "max-width:100%;height:auto;";

    private final Function<UUID, ChannelImage> images;
    private final List<ChannelWarning> warnings;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Block.Node> rich = new ArrayList<>();
    private final List<Block.Link> pendingLinks = new ArrayList<>();

    private MiniProgramBlocks(Function<UUID, ChannelImage> images, List<ChannelWarning> warnings) {
        this.images = images;
        this.warnings = warnings;
    }

    /**
     * @param images the image of an asset id (absolute https URL), or null when it is not the article's
     */
    public static List<Block> build(String bodyHtml, Function<UUID, ChannelImage> images, List<ChannelWarning> warnings) {
        return build(bodyHtml, images, warnings, TableForm.table);
    }

    /** @param tables how tables are given: as tables, or as paragraphs for renderers that lay out none (Skyline) */
    public static List<Block> build(String bodyHtml, Function<UUID, ChannelImage> images, List<ChannelWarning> warnings,
            TableForm tables) {
        MiniProgramBlocks builder = new MiniProgramBlocks(images, warnings);
        Element body = Html.parse(bodyHtml);
        tables.apply(body);
        for (Node child : body.childNodes()) {
            builder.emit(child);
            builder.flushLinks();
        }
        builder.flushRich();
        return List.copyOf(builder.blocks);
    }

    private void emit(Node node) {
        if (node instanceof Element e && splits(e)) {
            if (e.normalName().equals("img")) {
                flushRich();
                image(e);
            } else {
                split(e);
            }
            return;
        }
        List<Block.Node> converted = convert(node);
        rich.addAll(converted);
    }

    /** An element holding an image that becomes its own block: its other content is kept in its own tag around the image. */
    private void split(Element e) {
        List<Block.Node> segment = new ArrayList<>();
        for (Node child : e.childNodes()) {
            if (child instanceof Element c && splits(c)) {
                flushSegment(e, segment);
                emit(c);
            } else {
                segment.addAll(convert(child));
            }
        }
        flushSegment(e, segment);
    }

    private void flushSegment(Element container, List<Block.Node> segment) {
        if (segment.isEmpty()) {
            return;
        }
        List<Block.Node> wrapped = wrap(container, List.copyOf(segment));
        rich.addAll(wrapped);
        segment.clear();
    }

    /** Images outside tables are blocks of their own (a table cannot be split). */
    private static boolean splits(Element e) {
        if (!e.normalName().equals("img") && e.selectFirst("img") == null) {
            return false;
        }
        return e.closest("table") == null;
    }

    private void image(Element img) {
        ChannelImage image = resolve(img);
        if (image != null) {
            blocks.add(new Block.Image(image.url(), image.width(), image.height(), alt(img, image)));
        }
    }

    private ChannelImage resolve(Element img) {
        UUID id = Html.assetId(img);
        ChannelImage image = id == null ? null : images.apply(id);
        if (image == null) {
            warnings.add(new ChannelWarning("blocks", "image_removed", "an image that is not one of the article's assets was removed", null, null));
        }
        return image;
    }

    private static String alt(Element img, ChannelImage image) {
        String alt = img.attr("alt").strip();
        return alt.isEmpty() && image.alt() != null ? image.alt() : alt;
    }

    private List<Block.Node> convert(Node node) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText();
            boolean layoutOnly = t.isBlank() && (t.parent() == null || STRUCTURE.contains(t.parent().nodeName()));
            return text.isEmpty() || layoutOnly ? List.of() : List.of(new Block.Text(escape(text)));
        }
        if (!(node instanceof Element e)) {
            return List.of();
        }
        String tag = e.normalName();
        if (tag.equals("img")) {
            ChannelImage image = resolve(e);
            if (image == null) {
                return List.of();
            }
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("src", image.url());
            attrs.put("alt", alt(e, image));
            attrs.put("width", Integer.toString(image.width()));
            attrs.put("height", Integer.toString(image.height()));
            attrs.put("style", IMAGE_STYLE);
            return List.of(new Block.Element("img", attrs, List.of()));
        }
        List<Block.Node> children = new ArrayList<>();
        for (Node child : e.childNodes()) {
            children.addAll(convert(child));
        }
        if (tag.equals("a")) {
            String href = e.attr("href").strip();
            if (Html.isWebUrl(href) || Html.mailAddress(href) != null) {
                pendingLinks.add(new Block.Link(href, e.text().strip().isEmpty() ? href : e.text().strip()));
                return List.of(new Block.Element("span", Map.of("style", "color:#576b95;"), List.copyOf(children)));
            }
            return children;
        }
        return wrap(e, List.copyOf(children));
    }

    /** The element as a rich-text node around {@code children}, or the children alone when its tag is not trusted. */
    private static List<Block.Node> wrap(Element e, List<Block.Node> children) {
        String tag = e.normalName();
        if (!TRUSTED.contains(tag) || tag.equals("a") || tag.equals("img")) {
            return children;
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        for (String name : ATTRIBUTES.getOrDefault(tag, List.of())) {
            String value = e.attr(name).strip();
            if (!value.isEmpty() && value.matches("[0-9a-zA-Z%]{1,10}")) {
                attrs.put(name, value);
            }
        }
        String style = InlineStyles.filter(e.attr("style"));
        if (!style.isEmpty()) {
            attrs.put("style", style);
        }
        return List.of(new Block.Element(tag, attrs, children));
    }

    private void flushRich() {
        if (rich.stream().anyMatch(MiniProgramBlocks::visible)) {
            blocks.add(new Block.Rich(List.copyOf(rich)));
        }
        rich.clear();
    }

    private void flushLinks() {
        if (pendingLinks.isEmpty()) {
            return;
        }
        flushRich();
        blocks.addAll(pendingLinks);
        pendingLinks.clear();
    }

    private static boolean visible(Block.Node node) {
        return node instanceof Block.Element || node instanceof Block.Text t && !t.text().isBlank();
    }

    /** rich-text decodes entities in text, so literal &, < and > are written as entities. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
