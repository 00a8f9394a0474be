package cn.tongpin.richtext;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The whitelist every body passes: structure, emphasis, links, lists, quotes, figures, tables and
 * images that are our own assets. No script, style, frame, object, form, event handler, style
 * attribute or class (so no CSS that hides or overlays), no javascript: or data: URL.
 * Images become {@code <img src="/content/v1/assets/{id}" data-asset-id="{id}">} so channels can rewrite them.
 */
public final class HtmlSanitizer {

    /** Where the delivery API serves an asset; image sources are rewritten to it. */
    public static final String ASSET_PATH = "/content/v1/assets/";
    private static final String ASSET_SCHEME = "asset";
    private static final Pattern ASSET_REFERENCE = Pattern.compile(
            "^\\s*(?:asset:|(?:https?://[^/\\s]+)?" + Pattern.quote(ASSET_PATH) + ")"
                    + "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\s*$");

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
                    "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "small", "mark", "code", "pre",
                    "a", "ul", "ol", "li", "blockquote", "figure", "figcaption", "img",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .addAttributes("a", "href", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addAttributes("ol", "start")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("img", "src", ASSET_SCHEME)
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private HtmlSanitizer() {
    }

    /** Clean HTML and the ids of the assets its images show. */
    public record Result(String html, Set<UUID> assetIds) {
    }

    public static Result sanitize(String dirtyHtml) {
        Document dirty = Jsoup.parseBodyFragment(dirtyHtml == null ? "" : dirtyHtml);
        // h1 is the article title's; a heading in the body starts at h2.
        dirty.body().select("h1").tagName("h2");
        markAssetImages(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        Set<UUID> assets = new LinkedHashSet<>();
        for (Element img : clean.body().select("img")) {
            Matcher m = ASSET_REFERENCE.matcher(img.attr("src"));
            if (!m.matches()) {
                img.remove();
                continue;
            }
            UUID id = UUID.fromString(m.group(1).toLowerCase());
            assets.add(id);
            img.attr("src", ASSET_PATH + id).attr("data-asset-id", id.toString());
        }
        for (Element width : clean.body().select("img[width], img[height]")) {
            keepNumeric(width, "width");
            keepNumeric(width, "height");
        }
        clean.outputSettings().prettyPrint(false);
        return new Result(clean.body().html(), Set.copyOf(assets));
    }

    /** Turns every image source that names one of our assets into {@code asset:{id}}; others lose their source. */
    private static void markAssetImages(Document dirty) {
        for (Element img : dirty.body().select("img")) {
            Matcher m = ASSET_REFERENCE.matcher(img.attr("src"));
            if (m.matches()) {
                img.attr("src", ASSET_SCHEME + ":" + m.group(1).toLowerCase());
            } else {
                img.removeAttr("src");
            }
        }
    }

    private static void keepNumeric(Element element, String attribute) {
        if (element.hasAttr(attribute) && !element.attr(attribute).matches("\\d{1,5}")) {
            element.removeAttr(attribute);
        }
    }
}
