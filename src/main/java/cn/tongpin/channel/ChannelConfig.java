package cn.tongpin.channel;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Settings of the channels: public addresses, canonical URL templates, WeChat defaults, feeds. */
@ConfigMapping(prefix = "tongpin.channels")
public interface ChannelConfig {

    /**
     * The address the service is reached at from outside, without a trailing slash: image URLs in
     * WeChat drafts, mini-program blocks and feeds are made absolute with it (use https for mini-programs).
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Cache-Control of channel answers: clients revalidate every use (a cheap 304) and may show the old answer meanwhile. */
    @WithDefault("public, max-age=0, stale-while-revalidate=30")
    String cacheControl();

    /** URLs per sitemap; above it /sitemap.xml is an index (the protocol allows at most 50,000). */
    @WithDefault("50000")
    @WithName("sitemap.max-urls")
    int sitemapMaxUrls();

    /** Canonical URLs of the pages that show each content type (the 阅读原文 link, feeds, sitemap). */
    Canonical canonical();

    /** Defaults of the WeChat draft. */
    Wechat wechat();

    /** Feeds. */
    Feeds feeds();

    interface Canonical {
        /** Placeholders: {slug}, {id}. An article's own canonicalUrl wins over this. */
        @WithDefault("https://www.example.cn/news/{slug}")
        String article();

        @WithDefault("https://www.example.cn/meetings/{slug}")
        String meeting();

        @WithDefault("https://www.example.cn/topics/{slug}")
        String topic();

        @WithDefault("https://www.example.cn/organizations/{slug}")
        String organization();

        @WithDefault("https://www.example.cn/people/{slug}")
        String participant();

        /** The site's home page: the link of the overall feed. */
        @WithDefault("https://www.example.cn/")
        String home();

        /** The Traditional-Chinese page of a canonical URL; placeholder {url}. */
        @WithDefault("{url}?locale=zh-Hant")
        String traditional();
    }

    interface Wechat {
        /** need_open_comment of every draft: whether comments are open. */
        @WithDefault("false")
        boolean needOpenComment();

        /** only_fans_can_comment of every draft. */
        @WithDefault("false")
        boolean onlyFansCanComment();
    }

    interface Feeds {
        /** Items per feed. */
        @WithDefault("20")
        int size();

        /** Site name shown as the feeds' title. */
        @WithDefault("同频")
        String title();

        /** A WebSub hub told of every publish and named in every feed; none when unset. */
        Optional<String> websubHub();
    }
}
