package cn.tongpin.channel;

import java.time.OffsetDateTime;

/** One page in the sitemap: its canonical URL, when it last changed, and its Traditional-Chinese alternate. */
public record SitemapUrl(String loc, OffsetDateTime lastmod, String traditional) {
}
