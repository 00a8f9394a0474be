package cn.tongpin.article;

import cn.tongpin.listing.Filter;
import cn.tongpin.meeting.Meeting;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The typed filters of the article list declared once and read here. */
public class ArticleFilter {

    @QueryParam("status")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only articles in this state.", schema = @Schema(implementation = ArticleStatus.class))
    public String status;

    @QueryParam("topic")
    @Parameter(name = "topic", in = ParameterIn.QUERY, description = "Only articles on this topic (id or slug).")
    public String topic;

    @QueryParam("organization")
    @Parameter(name = "organization", in = ParameterIn.QUERY, description = "Only articles from or mentioning this organization (id or slug).")
    public String organization;

    @QueryParam("participant")
    @Parameter(name = "participant", in = ParameterIn.QUERY, description = "Only articles mentioning this participant (id or slug).")
    public String participant;

    @QueryParam("meeting")
    @Parameter(name = "meeting", in = ParameterIn.QUERY, description = "Only articles about this meeting (id or slug).")
    public String meeting;

    @QueryParam("publishedAfter")
    @Parameter(name = "publishedAfter", in = ParameterIn.QUERY, description = "Only articles published at or after this time (RFC 3339, with offset).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(name = "publishedBefore", in = ParameterIn.QUERY, description = "Only articles published before this time (RFC 3339, with offset).",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String publishedBefore;

    @QueryParam("q")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in the title, summary or body.", schema = @Schema(type = SchemaType.STRING, minLength = 1,
            maxLength = 200))
    public String q;

    Filter toFilter() {
        if (q != null && (q.isBlank() || q.length() > 200)) {
            throw ProblemException.badParameter("q", "must be 1 to 200 characters");
        }
        ArticleStatus chosen = QueryParams.enumeration(ArticleStatus.class, status, "status");
        OffsetDateTime after = QueryParams.time(publishedAfter, "publishedAfter");
        OffsetDateTime before = QueryParams.time(publishedBefore, "publishedBefore");
        Filter filter = new Filter();
        if (chosen != null) {
            filter.where("e.status = :status", "status", chosen);
        }
        if (topic != null) {
            filter.where("exists (select 1 from Article t join t.topics tt where t = e and tt.id = :topic)", "topic",
                    id(topic, "topic", Topic.findByIdOrSlug(topic).map(x -> x.id).orElse(null)));
        }
        if (organization != null) {
            filter.where("(e.sourceOrganization.id = :org or exists (select 1 from Article o join o.organizations oo"
                    + " where o = e and oo.id = :org))", "org",
                    id(organization, "organization", Organization.findByIdOrSlug(organization).map(x -> x.id).orElse(null)));
        }
        if (participant != null) {
            filter.where("exists (select 1 from Article pa join pa.participants pp where pa = e and pp.id = :person)", "person",
                    id(participant, "participant", Participant.findByIdOrSlug(participant).map(x -> x.id).orElse(null)));
        }
        if (meeting != null) {
            filter.where("e.meeting.id = :meeting", "meeting",
                    id(meeting, "meeting", Meeting.findByIdOrSlug(meeting).map(x -> x.id).orElse(null)));
        }
        if (after != null) {
            filter.where("e.publishedAt >= :after", "after", after);
        }
        if (before != null) {
            filter.where("e.publishedAt < :before", "before", before);
        }
        if (q != null) {
            String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            filter.where("(lower(e.title) like :q escape '\\' or lower(e.summary) like :q escape '\\'"
                    + " or lower(e.bodyText) like :q escape '\\')", "q", like);
        }
        return filter;
    }

    private static UUID id(String given, String parameter, UUID found) {
        if (found == null) {
            throw ProblemException.badParameter(parameter, "no " + parameter + " with this id or slug");
        }
        return found;
    }
}
