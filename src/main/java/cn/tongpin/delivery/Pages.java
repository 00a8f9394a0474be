package cn.tongpin.delivery;

import cn.tongpin.listing.ListMeta;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list answers of the delivery API, for the OpenAPI document. */
final class Pages {

    private Pages() {
    }

    @Schema(name = "DeliveredTopicPage")
    record Topics(List<TopicContent> data, ListMeta meta) {
    }

    @Schema(name = "DeliveredOrganizationPage")
    record Organizations(List<OrganizationContent> data, ListMeta meta) {
    }

    @Schema(name = "DeliveredParticipantPage")
    record Participants(List<ParticipantContent> data, ListMeta meta) {
    }

    @Schema(name = "DeliveredMeetingPage")
    record Meetings(List<MeetingContent> data, ListMeta meta) {
    }

    @Schema(name = "DeliveredTimeline", description = "A participant and what they took part in, newest first")
    record Timeline(ParticipantContent participant, List<TimelineEntry> data, ListMeta meta) {
    }

    @Schema(name = "DeliveredTimelineEntry", description = "A meeting attended or an article that mentions the participant")
    record TimelineEntry(@Schema(example = "meeting", enumeration = { "meeting", "article" }) String type, java.time.OffsetDateTime at,
            @Schema(description = "When type is meeting") AttendedMeeting meeting,
            @Schema(description = "When type is article") ArticleSummary article) {
    }

    @Schema(name = "DeliveredArticlePage")
    record Articles(List<ArticleContent> data, ListMeta meta) {
    }
}
