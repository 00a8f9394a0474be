package cn.tongpin.meeting;

import cn.tongpin.organization.Organization;
import cn.tongpin.persistence.BaseEntity;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.Ref;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A working meeting, visit, forum or signing between organizations. */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    public String title;

    public OffsetDateTime startsAt;

    public OffsetDateTime endsAt;

    public String venue;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization hostOrganization;

    public String summary;

    @Enumerated(EnumType.STRING)
    public MeetingStatus status;

    @ElementCollection
    @CollectionTable(name = "meeting_organization")
    @OrderColumn(name = "sort_order")
    public List<MeetingOrganization> organizations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_attendee")
    @OrderColumn(name = "sort_order")
    public List<Attendance> attendees = new ArrayList<>();

    @ManyToMany
    @JoinTable(inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "meeting_activity")
    @OrderColumn(name = "sort_order")
    public List<Activity> activities = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_outcome")
    @OrderColumn(name = "sort_order")
    @Column(name = "text")
    public List<String> outcomes = new ArrayList<>();

    public static Optional<Meeting> findByIdOrSlug(String idOrSlug) {
        return byIdOrSlug(Meeting.class, idOrSlug);
    }

    /** Every organization involved: the host and those with a role. */
    public Set<UUID> organizationIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        if (hostOrganization != null) {
            ids.add(hostOrganization.id);
        }
        organizations.forEach(o -> ids.add(o.organization.id));
        return ids;
    }

    public Ref ref() {
        return new Ref(id, slug, title);
    }
}
