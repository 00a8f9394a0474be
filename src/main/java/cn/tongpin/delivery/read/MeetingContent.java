package cn.tongpin.delivery.read;

import cn.tongpin.meeting.AttendeeRole;
import cn.tongpin.meeting.MeetingKind;
import cn.tongpin.meeting.OrganizationRole;
import cn.tongpin.web.Ref;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published meeting as the delivery API answers it. Relations are references
 * ({@code {"id","slug","name"}}) unless expanded with include; its articles only when included (else
 * left out, not null).
 */
@Schema(name = "DeliveredMeeting")
public record MeetingContent(UUID id, String slug, MeetingKind kind,
        @Schema(example = "清远高新区与清远广播电视台宣传合作座谈会") String title, OffsetDateTime startsAt, @Schema(nullable = true) OffsetDateTime endsAt,
        @Schema(nullable = true, example = "清远广播电视台") String venue,
        @Schema(nullable = true, description = "A reference, or the full organization with include=hostOrganization", implementation = Expanded.Organization.class) Object hostOrganization,
        List<OrganizationInRole> organizations, List<Attendee> attendees,
        @Schema(description = "References, or full topics with include=topics", type = SchemaType.ARRAY, implementation = Expanded.Topic.class) List<Object> topics,
        List<ActivityContent> activities, List<String> outcomes, @Schema(nullable = true) String summary,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, @Schema(example = "1") int version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true, description = "Only with include=articles: the published articles about it") List<ArticleSummary> articles) {

    @Schema(name = "DeliveredMeetingOrganization")
    public record OrganizationInRole(
            @Schema(description = "A reference, or the full organization with include=organizations", implementation = Expanded.Organization.class) Object organization,
            OrganizationRole role) {
    }

    @Schema(name = "DeliveredAttendee")
    public record Attendee(@Schema(description = "A reference, or the full participant with include=attendees", implementation = Expanded.Participant.class) Object participant,
            AttendeeRole role, @Schema(nullable = true, description = "The title held at this meeting", example = "党工委副书记、管委会主任") String title,
            @Schema(nullable = true) Ref organization) {
    }

    @Schema(name = "DeliveredActivity")
    public record ActivityContent(@Schema(example = "参观主播矩阵、党员墙和文化客厅") String title, @Schema(nullable = true) String description) {
    }

    static final Set<String> FIELDS = Set.of("id", "slug", "kind", "title", "startsAt", "endsAt", "venue", "hostOrganization",
            "organizations", "attendees", "topics", "activities", "outcomes", "summary", "createdAt", "updatedAt", "version");
    static final Selection.Shape SHAPE = new Selection.Shape(FIELDS,
            Map.of("hostOrganization", OrganizationContent.FIELDS, "organizations", Set.of("organization", "role"),
                    "attendees", Set.of("participant", "role", "title", "organization"),
                    "topics", TopicContent.SHAPE.fields(), "activities", Set.of("title", "description"),
                    "articles", ArticleSummary.FIELDS),
            Set.of("hostOrganization", "organizations", "attendees", "topics", "articles"));
}
