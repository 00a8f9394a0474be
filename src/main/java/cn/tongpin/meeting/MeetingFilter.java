package cn.tongpin.meeting;

import cn.tongpin.listing.Filter;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.Set;

/** The typed filters of the meeting list: kind, status, organization, participant, topic, from, to. */
record MeetingFilter(MeetingKind kind, MeetingStatus status, String organization, String participant, String topic,
        OffsetDateTime from, OffsetDateTime to) {

    static final Set<String> NAMES = Set.of("kind", "status", "organization", "participant", "topic", "from", "to");

    static MeetingFilter parse(UriInfo uri) {
        var q = uri.getQueryParameters();
        return new MeetingFilter(QueryParams.enumeration(MeetingKind.class, q.getFirst("kind"), "kind"),
                QueryParams.enumeration(MeetingStatus.class, q.getFirst("status"), "status"),
                q.getFirst("organization"), q.getFirst("participant"), q.getFirst("topic"),
                QueryParams.time(q.getFirst("from"), "from"), QueryParams.time(q.getFirst("to"), "to"));
    }

    Filter toFilter() {
        Filter filter = new Filter();
        if (kind != null) {
            filter.where("e.kind = :kind", "kind", kind);
        }
        if (status != null) {
            filter.where("e.status = :status", "status", status);
        }
        if (organization != null) {
            filter.where("(e.hostOrganization.id = :org or exists (select 1 from Meeting o join o.organizations mo"
                    + " where o = e and mo.organization.id = :org))", "org", Organization.findByIdOrSlug(organization).map(o -> o.id)
                            .orElseThrow(() -> unknown("organization")));
        }
        if (participant != null) {
            filter.where("exists (select 1 from Meeting a join a.attendees ma where a = e and ma.participant.id = :person)",
                    "person", Participant.findByIdOrSlug(participant).map(p -> p.id)
                            .orElseThrow(() -> unknown("participant")));
        }
        if (topic != null) {
            filter.where("exists (select 1 from Meeting t join t.topics mt where t = e and mt.id = :topic)",
                    "topic", Topic.findByIdOrSlug(topic).map(t -> t.id).orElseThrow(() -> unknown("topic")));
        }
        if (from != null) {
            filter.where("e.startsAt >= :from", "from", from);
        }
        if (to != null) {
            filter.where("e.startsAt < :to", "to", to);
        }
        return filter;
    }

    private static ProblemException unknown(String parameter) {
        return ProblemException.badParameter(parameter, "no " + parameter + " with this id or slug");
    }
}
