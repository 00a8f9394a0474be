package cn.tongpin.meeting;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.Relations;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters every list of meetings offers, the management list and the delivered one: kind,
 * related items (id or slug, {@link Relations}) and a window of start times. Declared once and read here.
 */
public class MeetingCriteria {

    @QueryParam("kind")
    @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Only meetings of this kind.", schema = @Schema(implementation = MeetingKind.class))
    public String kind;

    @BeanParam
    public Relations related;

    @QueryParam("from")
    @Parameter(name = "from", in = ParameterIn.QUERY, description = "Only meetings starting at or after this time (RFC 3339, with offset).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String from;

    @QueryParam("to")
    @Parameter(name = "to", in = ParameterIn.QUERY, description = "Only meetings starting before this time (RFC 3339, with offset).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String to;

    /** Adds the conditions asked for; a malformed value, or a related item that does not exist, is a 400. */
    public Filter applyTo(Filter filter) {
        MeetingKind chosenKind = QueryParams.enumeration(MeetingKind.class, kind, "kind");
        OffsetDateTime start = QueryParams.time(from, "from");
        OffsetDateTime end = QueryParams.time(to, "to");
        if (chosenKind != null) {
            filter.where("e.kind = :kind", "kind", chosenKind);
        }
        if (related.organization != null) {
            filter.where("(e.hostOrganization.id = :org or exists (select 1 from Meeting o join o.organizations mo"
                    + " where o = e and mo.organization.id = :org))", "org",
                    Organization.findByIdOrSlug(related.organization).map(o -> o.id).orElseThrow(() -> unknown("organization")));
        }
        if (related.participant != null) {
            filter.where("exists (select 1 from Meeting a join a.attendees ma where a = e and ma.participant.id = :person)",
                    "person", Participant.findByIdOrSlug(related.participant).map(p -> p.id).orElseThrow(() -> unknown("participant")));
        }
        if (related.topic != null) {
            filter.where("exists (select 1 from Meeting t join t.topics mt where t = e and mt.id = :topic)",
                    "topic", Topic.findByIdOrSlug(related.topic).map(t -> t.id).orElseThrow(() -> unknown("topic")));
        }
        if (start != null) {
            filter.where("e.startsAt >= :from", "from", start);
        }
        if (end != null) {
            filter.where("e.startsAt < :to", "to", end);
        }
        return filter;
    }

    private static ProblemException unknown(String parameter) {
        return ProblemException.badParameter(parameter, "no " + parameter + " with this id or slug");
    }
}
