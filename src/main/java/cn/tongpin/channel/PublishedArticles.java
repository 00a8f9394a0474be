package cn.tongpin.channel;

import cn.tongpin.channel.sitemap.SitemapUrl;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The published articles as channel articles. Articles are not in this build yet: until they are,
 * there are none, and every channel answers as it does for an empty site.
 */
@ApplicationScoped
public class PublishedArticles {

    /** The published article with this id or slug. */
    public Optional<ChannelArticle> find(String idOrSlug) {
        return Optional.empty();
    }

    /** The latest published articles of a scope, newest first. */
    public List<ChannelArticle> latest(FeedScope scope, int limit) {
        return List.of();
    }

    /** The canonical URLs of all published articles. */
    public List<SitemapUrl> sitemapUrls() {
        return List.of();
    }

    /** An image's stored bytes with their type. */
    public Optional<StoredImage> image(UUID assetId) {
        return Optional.empty();
    }

    /** An asset's bytes as stored. */
    public record StoredImage(UUID assetId, String mimeType, String sha256, byte[] bytes) {
    }
}
