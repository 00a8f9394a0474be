package cn.tongpin.channel.wechat;

import cn.tongpin.channel.ChannelConfig;
import cn.tongpin.channel.ChannelImage;
import cn.tongpin.channel.PublishedArticles;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * The WeChat-ready version of each image: the asset itself when it is a JPEG or PNG under 1 MB,
 * else a re-encoded rendition served at {@link WechatImageResource#PATH}. Renditions depend only
 * on the asset's bytes, so a few are kept by the asset's hash.
 */
@ApplicationScoped
public class WechatImages {

    private static final int KEPT = 16;

    @Inject
    PublishedArticles articles;

    @Inject
    ChannelConfig config;

    /** By the hash of the asset's bytes; callers asking for the same rendition at once share one encoding. */
    private final Cache<String, Rendition> renditions = Caffeine.newBuilder().maximumSize(KEPT).build();

    /** A re-encoded image and the hash of its bytes. */
    public record Rendition(WechatImageEncoder.Encoded image, String sha256) {
    }

    /** The image WeChat gets for {@code original}, or null when none can be made. */
    public ChannelImage ready(ChannelImage original) {
        if (WechatImageEncoder.acceptable(original.mimeType(), original.bytes())) {
            return original;
        }
        return rendition(original.assetId()).map(r -> new ChannelImage(original.assetId(),
                config.publicUrl() + WechatImageResource.PATH + "/" + original.assetId(), r.image().mimeType(),
                r.image().bytes().length, r.image().width(), r.image().height(), r.sha256(), original.alt(), original.focalX(),
                original.focalY())).orElse(null);
    }

    /** The rendition of an asset that needs one. */
    public Optional<Rendition> rendition(UUID assetId) {
        Optional<PublishedArticles.StoredImage> stored = articles.image(assetId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(renditions.get(stored.get().sha256(),
                hash -> WechatImageEncoder.encode(stored.get().bytes(), stored.get().mimeType())
                        .map(e -> new Rendition(e, sha256(e.bytes()))).orElse(null)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
