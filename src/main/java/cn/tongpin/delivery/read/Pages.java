package cn.tongpin.delivery.read;

import cn.tongpin.listing.ListMeta;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list answers of the delivery API, for the OpenAPI document; the timeline is also built as these records. */
final class Pages {

    private Pages() {
    }

    @Schema(name = "DeliveredTopicPage")
    record Topics(@Schema(required = true) List<TopicContent> data, @Schema(required = true) ListMeta meta) {
    }

    @Schema(name = "DeliveredOrganizationPage")
    record Organizations(@Schema(required = true) List<OrganizationContent> data, @Schema(required = true) ListMeta meta) {
    }

    @Schema(name = "DeliveredParticipantPage")
    record Participants(@Schema(required = true) List<ParticipantContent> data, @Schema(required = true) ListMeta meta) {
    }

    @Schema(name = "DeliveredMeetingPage")
    record Meetings(@Schema(required = true) List<MeetingContent> data, @Schema(required = true) ListMeta meta) {
    }

    @Schema(name = "DeliveredTimeline", description = "A participant and what they took part in, newest first")
    record Timeline(ParticipantContent participant, List<TimelineEntry> data, ListMeta meta) {
    }

    @Schema(name = "DeliveredTimelineEntry", description = "A meeting attended or an article that mentions the participant")
    record TimelineEntry(@Schema(example = "meeting", enumeration = { "meeting", "article" }) String type, java.time.OffsetDateTime at,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "When type is meeting") AttendedMeeting meeting,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "When type is article") ArticleSummary article) {
    }

    @Schema(name = "DeliveredArticlePage")
    record Articles(@Schema(required = true) List<ArticleContent> data, @Schema(required = true) ListMeta meta) {
    }
}
