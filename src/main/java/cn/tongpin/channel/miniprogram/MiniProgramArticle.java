package cn.tongpin.channel.miniprogram;

import cn.tongpin.article.SyndicationPolicy;
import cn.tongpin.channel.ChannelArticle;
import cn.tongpin.channel.ChannelImage;
import cn.tongpin.channel.ChannelWarning;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article shaped for a mini-program: native components only, no HTML to parse. */
@Schema(name = "MiniProgramArticle")
public record MiniProgramArticle(UUID id, String slug, String title, @Schema(nullable = true) String byline, String summary,
        @Schema(nullable = true, description = "The cover as an image block; null without a cover") Block.Image cover,
        @Schema(nullable = true) String canonicalUrl, OffsetDateTime publishedAt, OffsetDateTime updatedAt, String locale,
        @Schema(description = "The body in order") List<Block> blocks, SyndicationPolicy syndication,
        @Schema(description = "What was left out") List<ChannelWarning> warnings) {

    public static MiniProgramArticle of(ChannelArticle a) {
        return of(a, TableForm.table);
    }

    public static MiniProgramArticle of(ChannelArticle a, TableForm tables) {
        List<ChannelWarning> warnings = new ArrayList<>();
        List<Block> blocks = MiniProgramBlocks.build(a.bodyHtml(), a.images()::get, warnings, tables);
        if (a.cover() != null && !a.cover().url().startsWith("https://")
                || a.images().values().stream().anyMatch(i -> !i.url().startsWith("https://"))) {
            // Mini-programs load only https images: TONGPIN_PUBLIC_URL must be the service's https address.
            warnings.add(new ChannelWarning("blocks", "insecure_image_url",
                    "image URLs are not https; a mini-program will not load them", null, null));
        }
        ChannelImage c = a.cover();
        Block.Image cover = c == null ? null : new Block.Image(c.url(), c.width(), c.height(), c.alt() == null ? "" : c.alt());
        return new MiniProgramArticle(a.id(), a.slug(), a.title(), a.byline(), a.summary(), cover, a.canonicalUrl(),
                a.publishedAt(), a.updatedAt(), a.locale(), blocks, a.syndication(), List.copyOf(warnings));
    }
}
