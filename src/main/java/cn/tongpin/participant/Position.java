package cn.tongpin.participant;

import cn.tongpin.organization.Organization;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** A title a participant holds at an organization, for a time; one person holds several at once. */
@Embeddable
public class Position {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(nullable = false)
    public Organization organization;

    public String title;

    public LocalDate startedOn;

    public LocalDate endedOn;

    /** Whether the position was held on that day (open ends count as held). */
    public boolean heldOn(LocalDate day) {
        return (startedOn == null || !startedOn.isAfter(day)) && (endedOn == null || !endedOn.isBefore(day));
    }
}
