package cn.tongpin.channel;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * What every channel does to a body before shaping it: parse it as a fragment, throw away what
 * must never reach anyone (with its content), and write it back compactly in UTF-8.
 * Channels do not trust that the body was sanitised when stored: each one cleans for itself.
 */
public final class Html {

    /** Elements removed together with everything inside them: code, embedded documents, media, forms. */
    public static final String DROPPED = "script, style, iframe, frame, frameset, object, embed, applet, video, audio,"
            + " source, track, canvas, svg, math, form, input, button, select, option, textarea, noscript, template,"
            + " link, meta, base, title, head, dialog, portal, param, picture > source";

    private static final String MAILTO = "mailto:";
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:]+");

    private Html() {
    }

    /** The body of a fragment with dropped elements, comments and raw data nodes gone. */
    public static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        Element body = doc.body();
        body.select(DROPPED).remove();
        List<Node> junk = new java.util.ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment || node instanceof DataNode) {
                junk.add(node);
            }
        }, body);
        junk.forEach(Node::remove);
        return body;
    }

    /** The fragment's HTML, compact. */
    public static String write(Element body) {
        return body.html();
    }

    /** The HTML with every text node passed through {@code text}; markup and attributes stay. */
    public static String convertText(String html, UnaryOperator<String> text) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                t.text(text.apply(t.getWholeText()));
            } else if (node instanceof Element e && e.hasAttr("alt")) {
                e.attr("alt", text.apply(e.attr("alt")));
            }
        }, doc.body());
        return doc.body().html();
    }

    /** The asset id an image names, or null when it names none (or not a well-formed one). */
    public static UUID assetId(Element img) {
        String value = img.attr("data-asset-id").trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            return id.toString().equals(value.toLowerCase(Locale.ROOT)) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether a URL is absolute http(s) with a host: with mailto: addresses, the only links any channel keeps. */
    public static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url.trim());
            String scheme = uri.getScheme();
            return scheme != null && Set.of("http", "https").contains(scheme.toLowerCase(Locale.ROOT)) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * The address of a {@code mailto:} link, percent-decoded and without its {@code ?subject=} and
     * the like, or null when the link is not one (or names no well-formed address).
     */
    public static String mailAddress(String url) {
        if (url == null) {
            return null;
        }
        String href = url.trim();
        if (!href.regionMatches(true, 0, MAILTO, 0, MAILTO.length())) {
            return null;
        }
        String to = href.substring(MAILTO.length());
        int query = to.indexOf('?');
        try {
            to = java.net.URLDecoder.decode((query < 0 ? to : to.substring(0, query)).replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (String address : to.split(",")) {
            if (!ADDRESS.matcher(address.strip()).matches()) {
                return null;
            }
        }
        return to;
    }

    /** The host of a web URL in lower case, or null. */
    public static String host(String url) {
        try {
            String host = new java.net.URI(url.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
