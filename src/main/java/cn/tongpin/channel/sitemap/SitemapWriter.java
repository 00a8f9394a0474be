package cn.tongpin.channel.sitemap;

import cn.tongpin.channel.SitemapUrl;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps (sitemaps.org 0.9) with zh-Hans/zh-Hant hreflang alternates, and the index that lists
 * them when there are more URLs than one sitemap may hold. Each language version of a page is a
 * url of its own, and each lists both versions: hreflang alternates count only with return links.
 */
public final class SitemapWriter {

    /** The protocol's limit of URLs per sitemap. */
    public static final int MAX_URLS = 50_000;
    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    private SitemapWriter() {
    }

    /** How many sitemaps {@code count} URLs need. */
    public static int pages(int count, int maxUrls) {
        return Math.max(1, (count + maxUrls - 1) / maxUrls);
    }

    /** How many pages one sitemap of {@code maxUrls} url entries holds: a page with a zh-Hant alternate takes two. */
    public static int pagesPerSitemap(int maxUrls) {
        return Math.max(1, maxUrls / 2);
    }

    public static String urlset(List<SitemapUrl> urls) {
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("xhtml", XHTML_NS);
            for (SitemapUrl url : urls) {
                url(w, url.loc(), url);
                if (url.traditional() != null) {
                    url(w, url.traditional(), url);
                }
            }
            w.writeEndElement();
        });
    }

    /** One language version of a page, with the alternates of both. */
    private static void url(XMLStreamWriter w, String loc, SitemapUrl page) throws XMLStreamException {
        w.writeStartElement("url");
        element(w, "loc", loc);
        if (page.lastmod() != null) {
            element(w, "lastmod", date(page.lastmod()));
        }
        if (page.traditional() != null) {
            alternate(w, "zh-Hans", page.loc());
            alternate(w, "zh-Hant", page.traditional());
            alternate(w, "x-default", page.loc());
        }
        w.writeEndElement();
    }

    /** A sitemap of an index. */
    public record Part(String loc, OffsetDateTime lastmod) {
    }

    public static String index(List<Part> parts) {
        return write(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (Part part : parts) {
                w.writeStartElement("sitemap");
                element(w, "loc", part.loc());
                if (part.lastmod() != null) {
                    element(w, "lastmod", date(part.lastmod()));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private static void alternate(XMLStreamWriter w, String lang, String href) throws XMLStreamException {
        w.writeEmptyElement("xhtml", "link", XHTML_NS);
        w.writeAttribute("rel", "alternate");
        w.writeAttribute("hreflang", lang);
        w.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    static String date(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.setPrefix("xhtml", XHTML_NS);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("sitemap could not be written", e);
        }
        return out.toString();
    }
}
