package cn.tongpin.topic;

import cn.tongpin.editing.EditedView;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic as the management API answers it. */
@Schema(name = "Topic")
public record TopicView(UUID id, @Schema(example = "dang-jian") String slug, @Schema(example = "党建") String name,
        @Schema(nullable = true, example = "园区与媒体的党建工作") String description, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) implements EditedView {

    static TopicView of(Topic t) {
        return new TopicView(t.id, t.slug, t.name, t.description, t.createdAt, t.updatedAt, t.version);
    }
}
