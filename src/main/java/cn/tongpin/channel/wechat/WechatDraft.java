package cn.tongpin.channel.wechat;

import cn.tongpin.channel.ChannelWarning;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an integration needs to call WeChat's draft/add for one article. */
@Schema(name = "WechatDraft")
public record WechatDraft(
        @Schema(description = "The article object of draft/add in WeChat's own field names; set thumb_media_id and swap image URLs, then send it") Article article,
        @Schema(nullable = true, description = "The asset to upload as the cover (thumb_media_id); null when the article has no cover") UUID thumbAssetId,
        @Schema(description = "The cover and every body image, each a JPEG or PNG under 1 MB") List<Image> images,
        @Schema(description = "SHA-256 of everything sent to WeChat: unchanged content has the same hash, so a re-push can be skipped") String contentHash,
        @Schema(description = "What was shortened or left out to fit WeChat's limits") List<ChannelWarning> warnings) {

    /** An article of WeChat's draft/add, field for field. */
    @Schema(name = "WechatDraftArticle")
    public record Article(
            @Schema(description = "At most 32 characters") String title,
            @Schema(nullable = true, description = "At most 16 characters") String author,
            @Schema(description = "At most 128 characters") String digest,
            @Schema(description = "HTML WeChat keeps; every <img> carries data-asset-id") String content,
            @JsonProperty("content_source_url") @Schema(nullable = true, description = "The canonical URL (阅读原文)") String contentSourceUrl,
            @JsonProperty("thumb_media_id") @Schema(nullable = true, description = "Always null: the media id WeChat returns for the cover upload") String thumbMediaId,
            @JsonProperty("need_open_comment") @Schema(description = "1 opens comments") int needOpenComment,
            @JsonProperty("only_fans_can_comment") @Schema(description = "1 lets only followers comment") int onlyFansCanComment,
            @JsonProperty("pic_crop_235_1") @Schema(nullable = true, example = "0.1_0_0.9_0.8") String picCrop2351,
            @JsonProperty("pic_crop_1_1") @Schema(nullable = true, example = "0.25_0_0.75_1") String picCrop11) {
    }

    /** An image to upload to WeChat; its url is what the body's <img> shows until swapped. */
    @Schema(name = "WechatImage")
    public record Image(UUID assetId, String role, String url, String mimeType, long bytes, int width, int height,
            String sha256) {
    }
}
