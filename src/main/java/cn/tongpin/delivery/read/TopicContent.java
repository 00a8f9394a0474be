package cn.tongpin.delivery.read;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic as the delivery API answers it. */
@Schema(name = "DeliveredTopic", description = "A topic such as 党建 that content is filed under")
public record TopicContent(UUID id, @Schema(example = "dang-jian") String slug, @Schema(example = "党建") String name,
        @Schema(nullable = true) String description, OffsetDateTime createdAt, OffsetDateTime updatedAt, @Schema(example = "1") int version) {

    static final Selection.Shape SHAPE = new Selection.Shape(
            java.util.Set.of("id", "slug", "name", "description", "createdAt", "updatedAt", "version"),
            java.util.Map.of(), java.util.Set.of());
}
