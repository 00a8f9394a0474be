package cn.tongpin.delivery.read;

import cn.tongpin.meeting.MeetingKind;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published meeting inside an organization, with the organization's role in it. */
@Schema(name = "DeliveredMeetingSummary")
public record MeetingSummary(UUID id, String slug, @Schema(example = "清远高新区与清远广播电视台宣传合作座谈会") String title,
        MeetingKind kind, OffsetDateTime startsAt, @Schema(nullable = true) String venue,
        @Schema(description = "host, visiting or partner", example = "host") String role) {

    static final Set<String> FIELDS = Set.of("id", "slug", "title", "kind", "startsAt", "venue", "role");
}
