package cn.tongpin.participant;

import cn.tongpin.editing.EditedView;
import cn.tongpin.web.Ref;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant as the management API answers it. */
@Schema(name = "Participant")
public record ParticipantView(UUID id, @Schema(example = "zhou-qi-xian") String slug, @Schema(example = "周岐贤") String name,
        @Schema(nullable = true) String bio, @Schema(nullable = true) String photoUrl, List<PositionView> positions,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, int version) implements EditedView {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A position; {@code current} tells whether it is held today (China time). */
    @Schema(name = "Position")
    public record PositionView(@Schema(nullable = true) Ref organization,
            @Schema(nullable = true, example = "管委会主任") String title, @Schema(nullable = true) LocalDate from,
            @Schema(nullable = true) LocalDate until, int order, boolean current) {
    }

    static ParticipantView of(Participant p) {
        LocalDate today = LocalDate.now(CHINA);
        List<PositionView> positions = new ArrayList<>();
        for (int i = 0; i < p.positions.size(); i++) {
            Position position = p.positions.get(i);
            positions.add(new PositionView(position.organization.ref(), position.title, position.startedOn, position.endedOn,
                    i + 1, position.heldOn(today)));
        }
        return new ParticipantView(p.id, p.slug, p.name, p.bio, p.photoUrl, positions, p.createdAt, p.updatedAt, p.version);
    }
}
