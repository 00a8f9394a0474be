package cn.tongpin.delivery.read;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.SortKeys;
import cn.tongpin.meeting.MeetingKind;
import cn.tongpin.meeting.MeetingStatus;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of delivered meetings, declared once and read here. */
public final class MeetingQuery {

    private MeetingQuery() {
    }

    /** {@code fields} and {@code include}, for the list and for one meeting. */
    public static class Shape {

        @QueryParam("fields")
        @Parameter(name = "fields", in = ParameterIn.QUERY, description = Fields.DESCRIPTION, style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = Fields.Name.class))
        public String fields;

        @QueryParam("include")
        @Parameter(name = "include", in = ParameterIn.QUERY, description = "Relations answered as full objects instead of references, comma-separated.",
                style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = Include.class))
        public String include;

        Selection selection() {
            return Selection.parse(fields, include, MeetingContent.SHAPE);
        }
    }

    @Schema(name = "MeetingInclude", type = SchemaType.STRING, enumeration = { "hostOrganization", "organizations", "attendees",
            "topics", "articles" })
    static final class Include {
    }

    /** The list's filters and sort. */
    public static class Filters {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort keys, comma-separated; `-` before a key sorts descending. Default `-startsAt`, "
                + "with `q` `relevance`.", style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.DeliveredMeetings.class))
        public String sort;

        @QueryParam("q")
        @Parameter(name = "q", in = ParameterIn.QUERY, description = "Full-text search (Simplified or Traditional Chinese, Latin words, numbers); "
                + "the list then holds the matches.", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
        public String q;

        @QueryParam("kind")
        @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Only meetings of this kind.", schema = @Schema(implementation = MeetingKind.class))
        public String kind;

        @QueryParam("organization")
        @Parameter(name = "organization", in = ParameterIn.QUERY, description = "Only meetings this organization hosted or took part in (id or slug).",
                schema = @Schema(type = SchemaType.STRING))
        public String organization;

        @QueryParam("participant")
        @Parameter(name = "participant", in = ParameterIn.QUERY, description = "Only meetings this participant attended (id or slug).", schema = @Schema(type = SchemaType.STRING))
        public String participant;

        @QueryParam("topic")
        @Parameter(name = "topic", in = ParameterIn.QUERY, description = "Only meetings on this topic (id or slug).", schema = @Schema(type = SchemaType.STRING))
        public String topic;

        @QueryParam("from")
        @Parameter(name = "from", in = ParameterIn.QUERY, description = "Only meetings starting at or after this time (RFC 3339, with offset).",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        public String from;

        @QueryParam("to")
        @Parameter(name = "to", in = ParameterIn.QUERY, description = "Only meetings starting before this time (RFC 3339, with offset).",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        public String to;

        Filter filter() {
            Filter filter = new Filter().where("e.status = :published", "published", MeetingStatus.published);
            MeetingKind chosen = QueryParams.enumeration(MeetingKind.class, kind, "kind");
            if (chosen != null) {
                filter.where("e.kind = :kind", "kind", chosen);
            }
            if (organization != null) {
                filter.where("(e.hostOrganization.id = :org or exists (select 1 from Meeting o join o.organizations mo"
                        + " where o = e and mo.organization.id = :org))", "org", References.organization(organization, "organization"));
            }
            if (participant != null) {
                filter.where("exists (select 1 from Meeting a join a.attendees ma where a = e and ma.participant.id = :person)",
                        "person", References.participant(participant, "participant"));
            }
            if (topic != null) {
                filter.where("exists (select 1 from Meeting t join t.topics mt where t = e and mt.id = :topic)",
                        "topic", References.topic(topic, "topic"));
            }
            OffsetDateTime start = QueryParams.time(from, "from");
            if (start != null) {
                filter.where("e.startsAt >= :from", "from", start);
            }
            OffsetDateTime end = QueryParams.time(to, "to");
            if (end != null) {
                filter.where("e.startsAt < :to", "to", end);
            }
            return filter;
        }
    }
}
