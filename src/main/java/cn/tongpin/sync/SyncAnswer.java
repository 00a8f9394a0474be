package cn.tongpin.sync;

import cn.tongpin.change.ContentType;
import cn.tongpin.delivery.read.ArticleContent;
import cn.tongpin.delivery.read.MeetingContent;
import cn.tongpin.delivery.read.OrganizationContent;
import cn.tongpin.delivery.read.ParticipantContent;
import cn.tongpin.delivery.read.TopicContent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a sync: items to put into the local copy, items to take out, and where to go on. */
@Schema(name = "SyncPage", requiredProperties = { "items", "deleted", "nextPageToken", "nextSyncToken" })
public record SyncAnswer(
        @Schema(description = "Items that are delivered now: add them to the local copy, or replace the copy's version")
        List<Item> items,
        @Schema(description = "Items no longer delivered (deleted or unpublished): remove them from the local copy. Always empty "
                + "on the first sync")
        List<Tombstone> deleted,
        @Schema(nullable = true, description = "More of this sync follows: call again with pageToken set to this. Null on the last page")
        String nextPageToken,
        @Schema(nullable = true, description = "On the last page: keep it, and call with syncToken set to it to get what changed "
                + "since. Null while pages follow")
        String nextSyncToken) {

    /** @param data a JsonNode, typed as Object so that the document shows the delivered types it can be */
    @Schema(name = "SyncedItem", requiredProperties = { "type", "id", "slug", "version", "data" })
    public record Item(
            ContentType type,
            UUID id,
            @Schema(example = "qing-yuan-gao-xin-qu") String slug,
            @Schema(example = "3") long version,
            @Schema(description = "The item exactly as GET /content/v1/{type}s/{id} answers it (default fields, no includes, "
                    + "in the script asked for with locale); which one `type` says", anyOf = { ArticleContent.class, MeetingContent.class,
                            OrganizationContent.class, ParticipantContent.class, TopicContent.class })
            Object data) {
    }

    @Schema(name = "SyncTombstone", requiredProperties = { "type", "id", "deletedAt" })
    public record Tombstone(
            ContentType type,
            UUID id,
            @Schema(description = "When it was deleted or unpublished") OffsetDateTime deletedAt) {
    }
}
