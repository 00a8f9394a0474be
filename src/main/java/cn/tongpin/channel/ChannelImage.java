package cn.tongpin.channel;

import cn.tongpin.web.TextRules;
import java.util.UUID;

/**
 * An image a channel shows: an asset with an absolute URL and what channels need to place it.
 *
 * @param focalX where the subject is, 0–1 from the left; null when the asset has no focal point
 * @param focalY 0–1 from the top; null when the asset has no focal point
 */
public record ChannelImage(UUID assetId, String url, String mimeType, long bytes, int width, int height, String sha256,
        String alt, Double focalX, Double focalY) {

    /** Like the article's texts ({@link ChannelArticle}): only what every channel can carry. */
    public ChannelImage {
        alt = TextRules.withoutUncarriable(alt);
    }

    public ChannelImage withAlt(String newAlt) {
        return new ChannelImage(assetId, url, mimeType, bytes, width, height, sha256, newAlt, focalX, focalY);
    }
}
