package cn.tongpin.importing;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a story's HTML into Markdown: one paragraph per block, headings, lists, quotes, emphasis
 * and links kept, images collected (an article body holds only our own assets), the rest dropped.
 */
final class HtmlToMarkdown {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol",
            "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "pre", "header", "footer");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "iframe", "form", "button", "nav", "svg",
            "template", "input", "select", "textarea");

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private final List<ImportedImage> images;

    private HtmlToMarkdown(List<ImportedImage> images) {
        this.images = images;
    }

    /** The Markdown of the element's content; images found are added to {@code images}. */
    static String convert(Element root, List<ImportedImage> images) {
        HtmlToMarkdown converter = new HtmlToMarkdown(images);
        converter.children(root);
        converter.endBlock("");
        return converter.out.toString().strip();
    }

    private void children(Element element) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                line.append(escape(text.text()));
            } else if (child instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br" -> endBlock("");
            case "img" -> image(e);
            case "strong", "b" -> wrap(e, "**");
            case "em", "i" -> wrap(e, "*");
            case "a" -> link(e);
            default -> {
                if (BLOCKS.contains(tag)) {
                    endBlock("");
                    children(e);
                    endBlock(prefix(tag));
                } else {
                    children(e);
                }
            }
        }
    }

    private void wrap(Element e, String mark) {
        String text = e.text().strip();
        if (!text.isEmpty()) {
            line.append(mark).append(escape(text)).append(mark);
        }
    }

    private void link(Element e) {
        String href = e.absUrl("href");
        String text = e.text().strip();
        if (href.startsWith("http") && !text.isEmpty()) {
            line.append('[').append(escape(text)).append("](").append(href.replace(")", "%29")).append(')');
        } else {
            children(e);
        }
    }

    private void image(Element e) {
        String src = e.hasAttr("data-src") ? e.absUrl("data-src") : e.absUrl("src");
        if (src.isEmpty()) {
            src = e.hasAttr("data-src") ? e.attr("data-src") : e.attr("src");
        }
        if (src.startsWith("http")) {
            String alt = e.attr("alt").strip();
            images.add(new ImportedImage(src, alt.isEmpty() ? null : alt));
        }
    }

    private static String prefix(String tag) {
        return switch (tag) {
            case "h1", "h2" -> "## ";
            case "h3", "h4", "h5", "h6" -> "### ";
            case "li" -> "- ";
            case "blockquote" -> "> ";
            default -> "";
        };
    }

    /** Ends the current line as a paragraph (with the block's Markdown prefix) when it has text. */
    private void endBlock(String prefix) {
        String text = line.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            if (!out.isEmpty()) {
                out.append(prefix.equals("- ") && out.toString().endsWith("\n") && lastLineIsItem() ? "" : "\n");
            }
            out.append(prefix).append(text).append('\n');
        }
    }

    private boolean lastLineIsItem() {
        int start = out.lastIndexOf("\n", out.length() - 2) + 1;
        return out.indexOf("- ", start) == start;
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]])", "\\\\$1");
    }
}
