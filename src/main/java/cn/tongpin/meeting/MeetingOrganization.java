package cn.tongpin.meeting;

import cn.tongpin.organization.Organization;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An organization taking part in a meeting, in a role. */
@Embeddable
public class MeetingOrganization {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(nullable = false)
    public Organization organization;

    @Enumerated(EnumType.STRING)
    public OrganizationRole role;
}
