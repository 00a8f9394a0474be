package cn.tongpin.richtext;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of clean HTML: one line per block, for search, feeds and summaries. */
public final class PlainText {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "figure", "figcaption", "pre", "table", "caption", "tr", "ul", "ol", "hr", "br");

    /** Where a paragraph is not running text. */
    private static final Set<String> NOT_PROSE = Set.of("figure", "figcaption", "table", "caption", "li", "pre");

    private PlainText() {
    }

    public static String of(String html) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    boolean preformatted = t.parent() instanceof Element && ((Element) t.parent()).closest("pre") != null;
                    text.append(preformatted ? t.getWholeText() : t.getWholeText().replace('\n', ' '));
                } else if (node instanceof Element e && (e.tagName().equals("td") || e.tagName().equals("th"))) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                        text.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    text.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(html == null ? "" : html).body());
        return normalise(text.toString());
    }

    /**
     * The text of the body's paragraphs only, one line each: what a summary is made of. Headings,
     * lists, figures and their captions, and tables (their cells and captions, paragraphs inside
     * them included) are left out.
     */
    public static String paragraphs(String html) {
        StringBuilder text = new StringBuilder();
        for (Element p : Jsoup.parseBodyFragment(html == null ? "" : html).body().select("p")) {
            if (p.parents().stream().noneMatch(e -> NOT_PROSE.contains(e.tagName()))) {
                text.append(of(p.outerHtml())).append('\n');
            }
        }
        return normalise(text.toString());
    }

    /** Collapses runs of spaces within lines and drops empty lines. */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String clean = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!clean.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(clean);
            }
        }
        return out.toString();
    }
}
