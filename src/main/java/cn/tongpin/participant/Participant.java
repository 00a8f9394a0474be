package cn.tongpin.participant;

import cn.tongpin.persistence.NamedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A person who appears in the content, with every position they hold or held. */
@Entity
@Table(name = "participant")
public class Participant extends NamedEntity {

    public String bio;

    public String photoUrl;

    @ElementCollection
    @CollectionTable(name = "participant_position")
    @OrderColumn(name = "sort_order")
    public List<Position> positions = new ArrayList<>();

    public static Optional<Participant> findByIdOrSlug(String idOrSlug) {
        return byIdOrSlug(Participant.class, idOrSlug);
    }

    /** The titles held on a day, in the participant's order, e.g. for an attendance record. */
    public List<Position> positionsHeldOn(LocalDate day) {
        return positions.stream().filter(p -> p.heldOn(day)).toList();
    }
}
