package cn.tongpin.delivery.read;

import cn.tongpin.web.Ref;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant as the delivery API answers it; meetings and articles only when included (else left out, not null). */
@Schema(name = "DeliveredParticipant")
public record ParticipantContent(UUID id, @Schema(example = "zhou-qi-xian") String slug, @Schema(example = "周岐贤") String name,
        @Schema(nullable = true) String bio, @Schema(nullable = true) String photoUrl, List<PositionContent> positions, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        @Schema(example = "1") int version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true, description = "Only with include=meetings: the latest published meetings attended, with the title held there") List<AttendedMeeting> meetings,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(nullable = true, description = "Only with include=articles: the latest published articles that mention them") List<ArticleSummary> articles) {

    /** A position, current or past; several may be held at once. */
    @Schema(name = "DeliveredPosition")
    public record PositionContent(Ref organization, @Schema(nullable = true, example = "管委会主任") String title, @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate until,
            @Schema(description = "Held today (China time)") boolean current) {
    }

    static final Set<String> FIELDS = Set.of("id", "slug", "name", "bio", "photoUrl", "positions", "createdAt", "updatedAt",
            "version");
    static final Selection.Shape SHAPE = new Selection.Shape(FIELDS,
            Map.of("positions", Set.of("organization", "title", "from", "until", "current"), "meetings", AttendedMeeting.FIELDS,
                    "articles", ArticleSummary.FIELDS),
            Set.of("meetings", "articles"));
}
