package cn.tongpin.channel.feed;

import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.ChannelImage;
import cn.tongpin.channel.Html;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The full content of a feed item: the body through a whitelist of its own (feed readers render
 * it in other people's pages), images at absolute URLs of our assets, links absolute and nofollow.
 */
public final class FeedHtml {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "sub",
                    "sup", "small", "mark", "code", "pre", "a", "ul", "ol", "li", "blockquote", "figure", "figcaption", "img",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "section", "span")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt", "width", "height")
            .addAttributes("ol", "start")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private FeedHtml() {
    }

    public static String content(ChannelArticle article) {
        Element body = Html.parse(article.bodyHtml());
        for (Element img : body.select("img")) {
            UUID id = Html.assetId(img);
            ChannelImage image = id == null ? null : article.images().get(id);
            if (image == null) {
                img.remove();
                continue;
            }
            String alt = img.attr("alt").isBlank() && image.alt() != null ? image.alt() : img.attr("alt");
            img.clearAttributes();
            img.attr("src", image.url()).attr("alt", alt).attr("width", Integer.toString(image.width()))
                    .attr("height", Integer.toString(image.height()));
        }
        for (Element a : body.select("a")) {
            String href = a.attr("href").strip();
            if (!Html.isWebUrl(href) && !href.toLowerCase(java.util.Locale.ROOT).startsWith("mailto:")) {
                a.unwrap();
            }
        }
        Document clean = new Cleaner(SAFELIST).clean(body.ownerDocument());
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return clean.body().html();
    }
}
