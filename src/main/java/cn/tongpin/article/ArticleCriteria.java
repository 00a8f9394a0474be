package cn.tongpin.article;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.Relations;
import cn.tongpin.meeting.Meeting;
import cn.tongpin.meeting.MeetingStatus;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters every list of articles offers, the management list and the delivered one: related
 * items (id or slug: {@link Relations} and the meeting) and a window of publication times. Declared once and read here.
 */
public class ArticleCriteria {

    @BeanParam
    public Relations related;

    @QueryParam("meeting")
    public String meeting;

    @QueryParam("publishedAfter")
    @Parameter(name = "publishedAfter", in = ParameterIn.QUERY, description = "Only articles published at or after this time (RFC 3339, with offset).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(name = "publishedBefore", in = ParameterIn.QUERY, description = "Only articles published before this time (RFC 3339, with offset).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String publishedBefore;

    /**
     * Adds the conditions asked for; a malformed value, or a related item that does not exist, is a 400.
     *
     * @param publishedMeetings whether only a published meeting can be named (the delivered list)
     */
    public Filter applyTo(Filter filter, boolean publishedMeetings) {
        OffsetDateTime after = QueryParams.time(publishedAfter, "publishedAfter");
        OffsetDateTime before = QueryParams.time(publishedBefore, "publishedBefore");
        if (related.topic != null) {
            filter.where("exists (select 1 from Article t join t.topics tt where t = e and tt.id = :topic)", "topic",
                    id(Topic.findByIdOrSlug(related.topic).map(x -> x.id), "topic"));
        }
        if (related.organization != null) {
            filter.where("(e.sourceOrganization.id = :org or exists (select 1 from Article o join o.organizations oo"
                    + " where o = e and oo.id = :org))", "org",
                    id(Organization.findByIdOrSlug(related.organization).map(x -> x.id), "organization"));
        }
        if (related.participant != null) {
            filter.where("exists (select 1 from Article pa join pa.participants pp where pa = e and pp.id = :person)", "person",
                    id(Participant.findByIdOrSlug(related.participant).map(x -> x.id), "participant"));
        }
        if (meeting != null) {
            Optional<UUID> named = Meeting.findByIdOrSlug(meeting)
                    .filter(m -> !publishedMeetings || m.status == MeetingStatus.published).map(m -> m.id);
            filter.where("e.meeting.id = :meeting", "meeting", id(named, publishedMeetings ? "published meeting" : "meeting", "meeting"));
        }
        if (after != null) {
            filter.where("e.publishedAt >= :after", "after", after);
        }
        if (before != null) {
            filter.where("e.publishedAt < :before", "before", before);
        }
        return filter;
    }

    private static UUID id(Optional<UUID> found, String parameter) {
        return id(found, parameter, parameter);
    }

    private static UUID id(Optional<UUID> found, String what, String parameter) {
        return found.orElseThrow(() -> ProblemException.badParameter(parameter, "no " + what + " with this id or slug"));
    }
}
