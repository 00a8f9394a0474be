package cn.tongpin.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One state of an article: who made it, when, why, which fields changed, and (read singly) the whole state. */
@Schema(name = "ArticleRevision")
public record RevisionView(
        @Schema(description = "1 for the first state, growing with every change", example = "3") int number,
        @Schema(description = "The article's version (ETag) in this state", example = "4") int articleVersion,
        OffsetDateTime createdAt,
        @Schema(description = "Client slug and key prefix of who wrote it", example = "qingyuan-daily-website:tp_live_Ab3dE9xQ") String author,
        @Schema(description = "create, update, publish, unpublish, schedule, scheduled_publish, scheduled_unpublish or restore",
                example = "update") String reason,
        @Schema(description = "Fields that differ from the previous revision", example = "[\"title\", \"body\"]") List<String> changedFields,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The revision a restore brought back") Integer restoredFrom,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "The article's fields in this state (only when one revision is read)",
                implementation = RevisionView.State.class)
        JsonNode state) {

    /** What {@code state} holds: the article as an editor writes it, with its workflow fields (see ArticleRevisions#state). */
    @Schema(name = "ArticleRevisionState", allOf = { ArticleInput.class, Workflow.class })
    static final class State {
    }

    /** The workflow fields a revision's state adds to the written ones. */
    @Schema(name = "ArticleRevisionWorkflow")
    record Workflow(@Schema(nullable = true, description = "The summary, written or derived from the body") String summary,
            @Schema(description = "Whether the summary was derived from the body") boolean summaryDerived,
            ArticleStatus status,
            @Schema(nullable = true, description = "When it was (or is to be) published, if ever") OffsetDateTime publishedAt) {
    }
}
