package cn.tongpin.channel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
        String template = config.canonical().traditional();
        if (canonicalUrl.contains("?")) {
            // The URL has a query already: the template's own query continues it.
            template = template.replace("{url}?", "{url}&");
        }
        return template.replace("{url}", canonicalUrl);
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
