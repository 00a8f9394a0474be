package cn.tongpin.article;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a scheduled article goes live, and optionally when it is taken down again. */
@Schema(name = "ScheduleInput")
public record ScheduleInput(
        @Schema(required = true, description = "In the future", example = "2026-10-12T08:00:00+08:00") @NotNull OffsetDateTime publishAt,
        @Schema(description = "After publishAt; when not given, the article's current unpublishAt stays") OffsetDateTime unpublishAt) {
}
