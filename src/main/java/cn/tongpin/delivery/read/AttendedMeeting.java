package cn.tongpin.delivery.read;

import cn.tongpin.meeting.AttendeeRole;
import cn.tongpin.meeting.MeetingKind;
import cn.tongpin.web.Ref;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published meeting a participant attended, with the title they held there (not today's). */
@Schema(name = "DeliveredAttendedMeeting")
public record AttendedMeeting(UUID id, String slug, @Schema(example = "清远高新区与清远广播电视台宣传合作座谈会") String title,
        MeetingKind kind, OffsetDateTime startsAt, @Schema(nullable = true) String venue, AttendeeRole role,
        @Schema(nullable = true, description = "The title held at this meeting", example = "党工委副书记、管委会主任") String heldTitle,
        @Schema(nullable = true, description = "The organization represented") Ref organization) {

    static final Set<String> FIELDS = Set.of("id", "slug", "title", "kind", "startsAt", "venue", "role", "heldTitle", "organization");
}
