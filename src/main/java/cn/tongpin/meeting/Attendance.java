package cn.tongpin.meeting;

import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A person at a meeting, with the title shown for them there. The title is stored, not derived,
 * so it stays as reported when their positions change later.
 */
@Embeddable
public class Attendance {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(nullable = false)
    public Participant participant;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;

    @Enumerated(EnumType.STRING)
    public AttendeeRole role;

    public String title;
}
