package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sortable;
import cn.tongpin.listing.Sorting;
import cn.tongpin.meeting.AttendeeRole;
import cn.tongpin.meeting.MeetingKind;
import cn.tongpin.participant.Participant;
import cn.tongpin.persistence.Rows;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Ref;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Participants for the delivery API, their positions, and the meetings they attended. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantDelivery extends Delivery {

    /** Meetings shown per participant with include=meetings. */
    static final int INCLUDED_MEETINGS = 10;

    static final ListQuery<Participant> LIST = ListQuery.ofEntities(Participant.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, p -> p.name));
    static final List<SortField> DEFAULT_SORT = List.of(new SortField("name", false));

    @Inject
    ArticleDelivery articleDelivery;

    public Built list(UriInfo uri, Paging paging, Sorting.ByName sorting, DirectoryQuery.ParticipantFilters filters,
            Selection selection) {
        ListParams params = ListParams.parse(paging, sorting.sort, LIST.sortables(), DEFAULT_SORT);
        return page(uri, Paged.run(LIST, em, params, filters.filter()), rows -> shape(rows.stream().map(ParticipantDelivery::of).toList(), selection));
    }

    public Built get(String idOrSlug, Selection selection) {
        return one(Participant.findByIdOrSlug(idOrSlug).map(ParticipantDelivery::of), "participant", idOrSlug,
                items -> shape(items, selection));
    }

    /** The participant page: who they are, then the published meetings they attended and articles that mention them, newest first. */
    public Built timeline(String idOrSlug, int limit) {
        Participant participant = find(idOrSlug);
        ObjectNode body = mapper.createObjectNode();
        body.set("participant", shape(List.of(of(participant)), Selection.parse(null, null, ParticipantContent.SHAPE)).get(0));
        record Entry(String type, java.time.OffsetDateTime at, Object item) {
        }
        List<Entry> entries = new ArrayList<>();
        meetings(List.of(participant.id), limit).getOrDefault(participant.id, List.of())
                .forEach(m -> entries.add(new Entry("meeting", m.startsAt(), m)));
        articleDelivery.latest(ArticleDelivery.BY_PARTICIPANT, List.of(participant.id), limit).getOrDefault(participant.id, List.of())
                .forEach(a -> entries.add(new Entry("article", a.publishedAt(), a)));
        entries.sort(java.util.Comparator.comparing(Entry::at, java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
        ArrayNode data = body.putArray("data");
        for (Entry e : entries.subList(0, Math.min(limit, entries.size()))) {
            ObjectNode entry = data.addObject();
            entry.put("type", e.type());
            entry.set("at", mapper.valueToTree(e.at()));
            entry.set(e.type(), mapper.valueToTree(e.item()));
        }
        body.putObject("meta").put("limit", limit).putNull("nextCursor"); // a list's meta, as every list has: one page, no next
        return Built.of(body);
    }

    private Participant find(String idOrSlug) {
        return Participant.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound("participant", idOrSlug));
    }

    List<ObjectNode> shape(List<ParticipantContent> items, Selection selection) {
        List<UUID> ids = items.stream().map(ParticipantContent::id).toList();
        Map<UUID, List<ParticipantContent.PositionContent>> positions = selection.wants("positions") ? positions(ids) : Map.of();
        Map<UUID, List<AttendedMeeting>> meetings = selection.includes("meetings") ? meetings(ids, INCLUDED_MEETINGS) : Map.of();
        Map<UUID, List<ArticleSummary>> articles = selection.includes("articles")
                ? articleDelivery.latest(ArticleDelivery.BY_PARTICIPANT, ids, ArticleDelivery.INCLUDED_ARTICLES) : Map.of();
        List<ObjectNode> nodes = new ArrayList<>();
        for (ParticipantContent item : items) {
            ParticipantContent full = item.with(positions.getOrDefault(item.id(), List.of()),
                    meetings.getOrDefault(item.id(), List.of()), articles.getOrDefault(item.id(), List.of()));
            nodes.add(selection.apply(mapper.valueToTree(full), ParticipantContent.SHAPE));
        }
        return nodes;
    }

    /** Full participants by id (for include=attendees), in two statements. */
    Map<UUID, ObjectNode> byIds(Collection<UUID> ids) {
        Map<UUID, ObjectNode> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<ParticipantContent> items = new ArrayList<>();
        for (Object[] r : Rows.query(em, "select id, slug, name, bio, photo_url, created_at, updated_at, version"
                + " from participant where id in (:ids)", Map.of("ids", new LinkedHashSet<>(ids)))) {
            items.add(new ParticipantContent(Rows.uuid(r[0]), Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]),
                    Rows.text(r[4]), List.of(), Rows.time(r[5]), Rows.time(r[6]), Rows.integer(r[7]), null, null));
        }
        List<ObjectNode> nodes = shape(items, Selection.parse(null, null, ParticipantContent.SHAPE));
        for (int i = 0; i < items.size(); i++) {
            found.put(items.get(i).id(), nodes.get(i));
        }
        return found;
    }

    private Map<UUID, List<ParticipantContent.PositionContent>> positions(List<UUID> ids) {
        LocalDate today = LocalDate.now(OrganizationDelivery.CHINA);
        return Rows.grouped(Rows.query(em, "select pp.participant_id, o.id, o.slug, o.name, pp.title, pp.started_on, pp.ended_on"
                + " from participant_position pp join organization o on o.id = pp.organization_id"
                + " where pp.participant_id in (:ids) order by pp.participant_id, pp.sort_order",
                Map.of("ids", Rows.ids(ids))),
                r -> {
                    LocalDate from = Rows.date(r[5]);
                    LocalDate until = Rows.date(r[6]);
                    boolean current = (from == null || !from.isAfter(today)) && (until == null || !until.isBefore(today));
                    return new ParticipantContent.PositionContent(new Ref(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3])),
                            Rows.text(r[4]), from, until, current);
                });
    }

    /** The latest published meetings each participant attended, with the title held there. */
    private Map<UUID, List<AttendedMeeting>> meetings(List<UUID> ids, int most) {
        return Rows.grouped(Rows.query(em, "select participant_id, id, slug, title, kind, starts_at, venue, role, held_title,"
                + " org_id, org_slug, org_name from ("
                + " select ma.participant_id, m.id, m.slug, m.title, m.kind, m.starts_at, m.venue, ma.role, ma.title as held_title,"
                + " o.id as org_id, o.slug as org_slug, o.name as org_name,"
                + " row_number() over (partition by ma.participant_id order by m.starts_at desc, m.id, ma.sort_order) as rn"
                + " from meeting_attendee ma join meeting m on m.id = ma.meeting_id"
                + " left join organization o on o.id = ma.organization_id"
                + " where ma.participant_id in (:ids) and m.status = 'published') ranked"
                + " where rn <= :most order by participant_id, starts_at desc, id",
                Map.of("ids", Rows.ids(ids), "most", most)),
                r -> new AttendedMeeting(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3]), MeetingKind.valueOf(Rows.text(r[4])),
                        Rows.time(r[5]), Rows.text(r[6]), AttendeeRole.valueOf(Rows.text(r[7])), Rows.text(r[8]),
                        r[9] == null ? null : new Ref(Rows.uuid(r[9]), Rows.text(r[10]), Rows.text(r[11]))));
    }

    static ParticipantContent of(Participant p) {
        return new ParticipantContent(p.id, p.slug, p.name, p.bio, p.photoUrl, List.of(), p.createdAt, p.updatedAt, p.version,
                null, null);
    }
}
