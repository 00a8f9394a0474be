package cn.tongpin.meeting;

import cn.tongpin.editing.EditedView;
import cn.tongpin.web.Ref;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A meeting as the management API answers it. */
@Schema(name = "Meeting")
public record MeetingView(UUID id, @Schema(example = "hitech-zone-radio-tv-symposium-2025") String slug, MeetingKind kind,
        @Schema(example = "清远高新区到访清远广播电视台开展宣传合作座谈") String title, OffsetDateTime startsAt,
        @Schema(nullable = true) OffsetDateTime endsAt, @Schema(nullable = true, example = "清远广播电视台") String venue,
        @Schema(nullable = true) Ref hostOrganization, List<OrganizationInRoleView> organizations, List<AttendeeView> attendees,
        List<Ref> topics, List<ActivityView> activities, List<String> outcomes, @Schema(nullable = true) String summary,
        MeetingStatus status, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) implements EditedView {

    @Schema(name = "MeetingOrganization")
    public record OrganizationInRoleView(Ref organization, OrganizationRole role) {
    }

    @Schema(name = "Attendee")
    public record AttendeeView(Ref participant, AttendeeRole role, @Schema(nullable = true, description = "The title held at this meeting", example = "高新区党工委副书记、管委会主任") String title,
            @Schema(nullable = true) Ref organization) {
    }

    @Schema(name = "Activity")
    public record ActivityView(@Schema(example = "召开座谈会") String title,
            @Schema(nullable = true, example = "双方围绕深化宣传合作、党媒资源与园区发展的结合进行交流。") String description) {
    }

    static MeetingView of(Meeting m) {
        return new MeetingView(m.id, m.slug, m.kind, m.title, m.startsAt, m.endsAt, m.venue,
                m.hostOrganization == null ? null : m.hostOrganization.ref(),
                m.organizations.stream().map(o -> new OrganizationInRoleView(o.organization.ref(), o.role)).toList(),
                m.attendees.stream().map(a -> new AttendeeView(a.participant.ref(), a.role, a.title,
                        a.organization == null ? null : a.organization.ref())).toList(),
                m.topics.stream().map(t -> t.ref()).toList(),
                m.activities.stream().map(a -> new ActivityView(a.title, a.description)).toList(),
                List.copyOf(m.outcomes), m.summary, m.status, m.createdAt, m.updatedAt, m.version);
    }
}
