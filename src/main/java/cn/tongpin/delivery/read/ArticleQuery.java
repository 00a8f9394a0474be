package cn.tongpin.delivery.read;

import cn.tongpin.article.ArticleStatus;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.SortKeys;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of delivered articles, declared once and read here. */
public final class ArticleQuery {

    private ArticleQuery() {
    }

    /** {@code fields} and {@code include}, for the list and for one article. */
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
            return Selection.parse(fields, include, ArticleContent.SHAPE);
        }
    }

    @Schema(name = "ArticleInclude", type = SchemaType.STRING, enumeration = { "topics", "meeting", "participants", "organizations",
            "sourceOrganization" })
    static final class Include {
    }

    /** The list's filters and sort. */
    public static class Filters {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Sort keys, comma-separated; `-` before a key sorts descending. Default `-publishedAt`, "
                + "with `q` `relevance`.", style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.DeliveredArticles.class))
        public String sort;

        @QueryParam("q")
        @Parameter(name = "q", in = ParameterIn.QUERY, description = "Full-text search (Simplified or Traditional Chinese, Latin words, numbers); "
                + "the list then holds the matches.", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
        public String q;

        @QueryParam("topic")
        @Parameter(name = "topic", in = ParameterIn.QUERY, description = "Only articles on this topic (id or slug).", schema = @Schema(type = SchemaType.STRING))
        public String topic;

        @QueryParam("organization")
        @Parameter(name = "organization", in = ParameterIn.QUERY, description = "Only articles from or mentioning this organization (id or slug).",
                schema = @Schema(type = SchemaType.STRING))
        public String organization;

        @QueryParam("participant")
        @Parameter(name = "participant", in = ParameterIn.QUERY, description = "Only articles mentioning this participant (id or slug).", schema = @Schema(type = SchemaType.STRING))
        public String participant;

        @QueryParam("meeting")
        @Parameter(name = "meeting", in = ParameterIn.QUERY, description = "Only articles about this meeting (id or slug).", schema = @Schema(type = SchemaType.STRING))
        public String meeting;

        @QueryParam("publishedAfter")
        @Parameter(name = "publishedAfter", in = ParameterIn.QUERY, description = "Only articles published at or after this time (RFC 3339, with offset).",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        public String publishedAfter;

        @QueryParam("publishedBefore")
        @Parameter(name = "publishedBefore", in = ParameterIn.QUERY, description = "Only articles published before this time (RFC 3339, with offset).",
                schema = @Schema(type = SchemaType.STRING, format = "date-time"))
        public String publishedBefore;

        Filter filter() {
            Filter filter = new Filter().where("e.status = :published", "published", ArticleStatus.published);
            if (topic != null) {
                filter.where("exists (select 1 from Article t join t.topics tt where t = e and tt.id = :topic)",
                        "topic", References.topic(topic, "topic"));
            }
            if (organization != null) {
                filter.where("(e.sourceOrganization.id = :org or exists (select 1 from Article o join o.organizations oo"
                        + " where o = e and oo.id = :org))", "org", References.organization(organization, "organization"));
            }
            if (participant != null) {
                filter.where("exists (select 1 from Article p join p.participants pp where p = e and pp.id = :person)",
                        "person", References.participant(participant, "participant"));
            }
            if (meeting != null) {
                filter.where("e.meeting.id = :meeting", "meeting", References.meeting(meeting, "meeting"));
            }
            OffsetDateTime after = QueryParams.time(publishedAfter, "publishedAfter");
            if (after != null) {
                filter.where("e.publishedAt >= :after", "after", after);
            }
            OffsetDateTime before = QueryParams.time(publishedBefore, "publishedBefore");
            if (before != null) {
                filter.where("e.publishedAt < :before", "before", before);
            }
            return filter;
        }
    }
}
