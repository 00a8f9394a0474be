package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.listing.ListMeta;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Sortable;
import cn.tongpin.meeting.AttendeeRole;
import cn.tongpin.meeting.MeetingKind;
import cn.tongpin.participant.Participant;
import cn.tongpin.persistence.Rows;
import cn.tongpin.web.Ref;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Participants for the delivery API, their positions, and the meetings they attended. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ParticipantDelivery extends Delivery<Participant, ParticipantContent> {

    /** Meetings shown per participant with include=meetings. */
    static final int INCLUDED_MEETINGS = 10;

    static final ListQuery<Participant> LIST = ListQuery.ofEntities(Participant.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, p -> p.name));

    ParticipantDelivery() {
        super("participant", LIST, ParticipantContent.SHAPE, Participant::findByIdOrSlug, p -> true);
    }

    /** The participant page: who they are, then the published meetings they attended and articles that mention them, newest first. */
    public Built timeline(String idOrSlug, int limit) {
        Participant participant = find(idOrSlug);
        List<Pages.TimelineEntry> entries = new ArrayList<>();
        meetings(List.of(participant.id), limit).getOrDefault(participant.id, List.of())
                .forEach(m -> entries.add(new Pages.TimelineEntry("meeting", m.startsAt(), m, null)));
        readers.articles.latest(ArticleDelivery.BY_PARTICIPANT, List.of(participant.id), limit).getOrDefault(participant.id, List.of())
                .forEach(a -> entries.add(new Pages.TimelineEntry("article", a.publishedAt(), null, a)));
        entries.sort(Comparator.comparing(Pages.TimelineEntry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        // a list's meta, as every list has: one page, no next
        return Built.of(mapper.valueToTree(new Pages.Timeline(build(List.of(participant), plain()).get(0),
                entries.subList(0, Math.min(limit, entries.size())), new ListMeta(limit, null, null, null))));
    }

    @Override
    List<ParticipantContent> build(List<Participant> rows, Selection selection) {
        List<UUID> ids = rows.stream().map(p -> p.id).toList();
        Map<UUID, List<ParticipantContent.PositionContent>> positions = selection.wants("positions") ? positions(ids) : Map.of();
        Map<UUID, List<AttendedMeeting>> meetings = selection.includes("meetings") ? meetings(ids, INCLUDED_MEETINGS) : null;
        Map<UUID, List<ArticleSummary>> articles = selection.includes("articles")
                ? readers.articles.latest(ArticleDelivery.BY_PARTICIPANT, ids, ArticleDelivery.INCLUDED_ARTICLES) : null;
        return rows.stream().map(p -> new ParticipantContent(p.id, p.slug, p.name, p.bio, p.photoUrl,
                positions.getOrDefault(p.id, List.of()), p.createdAt, p.updatedAt, p.version,
                meetings == null ? null : meetings.getOrDefault(p.id, List.of()),
                articles == null ? null : articles.getOrDefault(p.id, List.of()))).toList();
    }

    /** Full participants by id (for include=attendees and include=participants), as they are inside another item. */
    Map<UUID, ParticipantContent> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Participant> rows = Participant.list("id in ?1", ids);
        Map<UUID, ParticipantContent> found = new HashMap<>();
        build(rows, plain()).forEach(item -> found.put(item.id(), item));
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
        return readers.meetings.latest("select ma.participant_id, ma.meeting_id, ma.sort_order, ma.role, ma.title, o.id, o.slug, o.name"
                + " from meeting_attendee ma left join organization o on o.id = ma.organization_id where ma.participant_id in (:ids)",
                List.of("role", "held_title", "org_id", "org_slug", "org_name"), ids, most,
                r -> new AttendedMeeting(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3]), MeetingKind.valueOf(Rows.text(r[4])),
                        Rows.time(r[5]), Rows.text(r[6]), AttendeeRole.valueOf(Rows.text(r[7])), Rows.text(r[8]),
                        r[9] == null ? null : new Ref(Rows.uuid(r[9]), Rows.text(r[10]), Rows.text(r[11]))));
    }
}
