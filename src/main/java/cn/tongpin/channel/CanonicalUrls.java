package cn.tongpin.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Makes the canonical URL of any content from the configured template of its type. */
@ApplicationScoped
public class CanonicalUrls {

    /** The content types that have pages of their own. */
    public enum Type {
        ARTICLE, MEETING, TOPIC, ORGANIZATION, PARTICIPANT
    }

    @Inject
    ChannelConfig config;

    public CanonicalUrls() {
    }

    CanonicalUrls(ChannelConfig config) {
        this.config = config;
    }

    public static CanonicalUrls of(ChannelConfig config) {
        return new CanonicalUrls(config);
    }

    /** The article's own canonical URL when it has one, else the template's. */
    public String article(String own, UUID id, String slug) {
        return own != null && !own.isBlank() ? own : of(Type.ARTICLE, id, slug);
    }

    public String of(Type type, UUID id, String slug) {
        return expand(template(type), id, slug);
    }

    /** The zh-Hant alternate of a canonical URL. */
    public String traditional(String canonicalUrl) {
        return traditional(config.canonical().traditional(), canonicalUrl);
    }

    /**
     * The page in the sitemap: its canonical URL without a fragment (a fragment names a place in a
     * page, not a page) and the zh-Hant alternate of that.
     */
    public SitemapUrl sitemapUrl(String canonicalUrl, OffsetDateTime lastmod) {
        int fragment = canonicalUrl.indexOf('#');
        String loc = fragment < 0 ? canonicalUrl : canonicalUrl.substring(0, fragment);
        return new SitemapUrl(loc, lastmod, traditional(loc));
    }

    /** The template applied to the URL before its fragment, which stays last. */
    static String traditional(String template, String canonicalUrl) {
        int hash = canonicalUrl.indexOf('#');
        String url = hash < 0 ? canonicalUrl : canonicalUrl.substring(0, hash);
        if (url.contains("?")) {
            // The URL has a query already: the template's own query continues it.
            template = template.replace("{url}?", "{url}&");
        }
        return template.replace("{url}", url) + (hash < 0 ? "" : canonicalUrl.substring(hash));
    }

    public String home() {
        return config.canonical().home();
    }

    static String expand(String template, UUID id, String slug) {
        return template.replace("{slug}", URLEncoder.encode(slug == null ? "" : slug, StandardCharsets.UTF_8))
                .replace("{id}", id == null ? "" : id.toString());
    }

    private String template(Type type) {
        ChannelConfig.Canonical c = config.canonical();
        return switch (type) {
            case ARTICLE -> c.article();
            case MEETING -> c.meeting();
            case TOPIC -> c.topic();
            case ORGANIZATION -> c.organization();
            case PARTICIPANT -> c.participant();
        };
    }
}
