package cn.tongpin.delivery.read;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published article inside another item: an organization's latest, a meeting's reports, a participant's mentions. */
@Schema(name = "DeliveredArticleSummary")
public record ArticleSummary(UUID id, String slug, @Schema(example = "高新区与广播电视台举行宣传合作座谈会") String title,
        @Schema(nullable = true) String summary, OffsetDateTime publishedAt, @Schema(nullable = true) ArticleContent.Image coverImage) {

    static final Set<String> FIELDS = Set.of("id", "slug", "title", "summary", "publishedAt", "coverImage");
}
