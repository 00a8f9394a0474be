package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sortable;
import cn.tongpin.meeting.AttendeeRole;
import cn.tongpin.meeting.Meeting;
import cn.tongpin.meeting.MeetingStatus;
import cn.tongpin.meeting.OrganizationRole;
import cn.tongpin.persistence.Rows;
import cn.tongpin.web.Ref;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Published meetings for the delivery API: filters, search, and their people, organizations and topics on request. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingDelivery extends Delivery<Meeting, MeetingContent> {

    static final ListQuery<Meeting> LIST = ListQuery.ofEntities(Meeting.class,
            Sortable.of("startsAt", "e.startsAt", Sortable.Type.TIMESTAMP, m -> m.startsAt),
            Sortable.of("title", "e.title", Sortable.Type.STRING, m -> m.title))
            .fetching("left join fetch e.hostOrganization");

    MeetingDelivery() {
        super("meeting", LIST, MeetingContent.SHAPE, Meeting::findByIdOrSlug, m -> m.status == MeetingStatus.published);
    }

    public Built list(UriInfo uri, Paging paging, MeetingQuery.Filters filters, Selection selection) {
        return searched(uri, paging, filters.sort, filters.text.q, filters::filter, "starts_at", new SortField("startsAt", true), selection);
    }

    /** Builds the page's items with one statement per relation that the selection needs. */
    @Override
    List<MeetingContent> build(List<Meeting> rows, Selection selection) {
        List<UUID> ids = rows.stream().map(m -> m.id).toList();
        Map<UUID, List<Role>> roles = selection.wants("organizations") ? roles(ids) : Map.of();
        Map<UUID, List<Attending>> attendees = selection.wants("attendees") ? attendees(ids) : Map.of();
        Map<UUID, List<Ref>> topicRefs = selection.wants("topics") ? topicRefs(ids) : Map.of();
        Map<UUID, List<MeetingContent.ActivityContent>> activities = selection.wants("activities") ? activities(ids) : Map.of();
        Map<UUID, List<String>> outcomes = selection.wants("outcomes") ? outcomes(ids) : Map.of();

        Set<UUID> organizationIds = new LinkedHashSet<>();
        if (selection.includes("hostOrganization")) {
            rows.stream().filter(m -> m.hostOrganization != null).forEach(m -> organizationIds.add(m.hostOrganization.id));
        }
        if (selection.includes("organizations")) {
            roles.values().forEach(list -> list.forEach(r -> organizationIds.add(r.organization().id())));
        }
        Map<UUID, OrganizationContent> fullOrganizations = readers.organizations.byIds(organizationIds);
        Set<UUID> participantIds = new LinkedHashSet<>();
        if (selection.includes("attendees")) {
            attendees.values().forEach(list -> list.forEach(a -> participantIds.add(a.participant().id())));
        }
        Map<UUID, ParticipantContent> fullParticipants = readers.participants.byIds(participantIds);
        Set<UUID> topicIds = new LinkedHashSet<>();
        if (selection.includes("topics")) {
            topicRefs.values().forEach(list -> list.forEach(t -> topicIds.add(t.id())));
        }
        Map<UUID, TopicContent> fullTopics = topicIds.isEmpty() ? Map.of() : readers.topics.byIds(topicIds);
        Map<UUID, List<ArticleSummary>> articles = selection.includes("articles")
                ? readers.articles.latest(ArticleDelivery.BY_MEETING, ids, ArticleDelivery.INCLUDED_ARTICLES) : null;

        List<MeetingContent> items = new ArrayList<>();
        for (Meeting m : rows) {
            boolean withOrganizations = selection.includes("organizations");
            boolean withAttendees = selection.includes("attendees");
            Object host = m.hostOrganization == null ? null
                    : selection.includes("hostOrganization") ? fullOrganizations.get(m.hostOrganization.id) : m.hostOrganization.ref();
            items.add(new MeetingContent(m.id, m.slug, m.kind, m.title, m.startsAt, m.endsAt, m.venue, host,
                    roles.getOrDefault(m.id, List.of()).stream().map(r -> new MeetingContent.OrganizationInRole(
                            expanded(r.organization(), withOrganizations, fullOrganizations), r.role())).toList(),
                    attendees.getOrDefault(m.id, List.of()).stream().map(a -> new MeetingContent.Attendee(
                            expanded(a.participant(), withAttendees, fullParticipants), a.role(), a.title(), a.organization())).toList(),
                    expanded(topicRefs.getOrDefault(m.id, List.of()), selection.includes("topics"), fullTopics),
                    activities.getOrDefault(m.id, List.of()), outcomes.getOrDefault(m.id, List.of()), m.summary,
                    m.createdAt, m.updatedAt, m.version, articles == null ? null : articles.getOrDefault(m.id, List.of())));
        }
        return items;
    }

    /**
     * The latest published meetings of each owner, a few per owner, in one statement: each row is
     * {@code owner_id, id, slug, title, kind, starts_at, venue} and then the owner's own columns.
     *
     * @param owners SQL giving {@code (owner_id, meeting_id, tie, <columns>...)} for the owners in {@code :ids};
     *            {@code tie} orders the rows of one owner and meeting (or of meetings that start together)
     * @param columns the names of the owner's own columns, in their order
     */
    <T> Map<UUID, List<T>> latest(String owners, List<String> columns, Collection<UUID> ids, int most, Function<Object[], T> item) {
        String own = String.join(", ", columns);
        String ownOfO = String.join(", ", columns.stream().map(column -> "o." + column).toList());
        return Rows.grouped(Rows.query(em, "select owner_id, id, slug, title, kind, starts_at, venue, " + own + " from ("
                + " select o.owner_id, m.id, m.slug, m.title, m.kind, m.starts_at, m.venue, " + ownOfO + ","
                + " row_number() over (partition by o.owner_id order by m.starts_at desc, m.id, o.tie) as rn"
                + " from (" + owners + ") o(owner_id, meeting_id, tie, " + own + ")"
                + " join meeting m on m.id = o.meeting_id where m.status = 'published') ranked"
                + " where rn <= :most order by owner_id, starts_at desc, id",
                Map.of("ids", Rows.ids(ids), "most", most)), item);
    }

    /** An organization's part in a meeting, as loaded: by reference. */
    private record Role(Ref organization, OrganizationRole role) {
    }

    /** An attendee of a meeting, as loaded: by reference. */
    private record Attending(Ref participant, AttendeeRole role, String title, Ref organization) {
    }

    private Map<UUID, List<Role>> roles(List<UUID> ids) {
        return Rows.grouped(Rows.query(em, "select mo.meeting_id, o.id, o.slug, o.name, mo.role from meeting_organization mo"
                + " join organization o on o.id = mo.organization_id where mo.meeting_id in (:ids)"
                + " order by mo.meeting_id, mo.sort_order", Map.of("ids", Rows.ids(ids))),
                r -> new Role(new Ref(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3])),
                        OrganizationRole.valueOf(Rows.text(r[4]))));
    }

    private Map<UUID, List<Attending>> attendees(List<UUID> ids) {
        return Rows.grouped(Rows.query(em, "select ma.meeting_id, p.id, p.slug, p.name, ma.role, ma.title, o.id as oid,"
                + " o.slug as oslug, o.name as oname from meeting_attendee ma join participant p on p.id = ma.participant_id"
                + " left join organization o on o.id = ma.organization_id where ma.meeting_id in (:ids)"
                + " order by ma.meeting_id, ma.sort_order", Map.of("ids", Rows.ids(ids))),
                r -> new Attending(new Ref(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3])),
                        AttendeeRole.valueOf(Rows.text(r[4])), Rows.text(r[5]),
                        r[6] == null ? null : new Ref(Rows.uuid(r[6]), Rows.text(r[7]), Rows.text(r[8]))));
    }

    private Map<UUID, List<Ref>> topicRefs(List<UUID> ids) {
        return Rows.grouped(Rows.query(em, "select mt.meeting_id, t.id, t.slug, t.name from meeting_topic mt"
                + " join topic t on t.id = mt.topic_id where mt.meeting_id in (:ids) order by mt.meeting_id, t.name, t.id",
                Map.of("ids", Rows.ids(ids))), r -> new Ref(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3])));
    }

    private Map<UUID, List<MeetingContent.ActivityContent>> activities(List<UUID> ids) {
        return Rows.grouped(Rows.query(em, "select meeting_id, title, description from meeting_activity"
                + " where meeting_id in (:ids) order by meeting_id, sort_order", Map.of("ids", Rows.ids(ids))),
                r -> new MeetingContent.ActivityContent(Rows.text(r[1]), Rows.text(r[2])));
    }

    private Map<UUID, List<String>> outcomes(List<UUID> ids) {
        return Rows.grouped(Rows.query(em, "select meeting_id, text from meeting_outcome where meeting_id in (:ids)"
                + " order by meeting_id, sort_order", Map.of("ids", Rows.ids(ids))), r -> Rows.text(r[1]));
    }
}
