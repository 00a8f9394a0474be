package cn.tongpin.channel.embed;

import cn.tongpin.channel.ChannelArticle;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One story as the widget shows it. */
@Schema(name = "EmbedStory")
public record Story(UUID id, String title, String summary,
        @Schema(description = "The canonical URL the story links to") String url, OffsetDateTime publishedAt, @Schema(nullable = true) Cover cover) {

    @Schema(name = "EmbedStoryCover")
    public record Cover(String url, int width, int height, @Schema(nullable = true) String alt) {
    }

    /**
     * @param publicUrl the configured public address image URLs start with
     * @param origin    the address the widget called, so images load from where the stories came
     */
    static Story of(ChannelArticle a, String publicUrl, String origin) {
        String url = a.cover() == null ? null : a.cover().url();
        if (url != null && url.startsWith(publicUrl + "/")) {
            url = origin + url.substring(publicUrl.length());
        }
        Cover cover = a.cover() == null ? null : new Cover(url, a.cover().width(), a.cover().height(), a.cover().alt());
        return new Story(a.id(), a.title(), a.summary(), a.canonicalUrl(), a.publishedAt(), cover);
    }
}
