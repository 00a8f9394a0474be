package cn.tongpin.delivery.read;

import cn.tongpin.listing.Filter;
import cn.tongpin.organization.OrganizationKind;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of delivered organizations and participants, declared once and read here. */
public final class DirectoryQuery {

    private DirectoryQuery() {
    }

    /** {@code fields} and {@code include} of an organization. */
    public static class OrganizationShape {

        @BeanParam
        public Fields fields;

        @QueryParam("include")
        @Parameter(name = "include", in = ParameterIn.QUERY, description = "Relations answered in full, comma-separated; `people`, `meetings` and `articles` appear only "
                + "when included.", style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = OrganizationInclude.class))
        public String include;

        Selection selection() {
            return fields.selection(include, OrganizationContent.SHAPE);
        }
    }

    @Schema(name = "OrganizationInclude", type = SchemaType.STRING, enumeration = { "parent", "children", "people", "meetings",
            "articles" })
    static final class OrganizationInclude {
    }

    /** The filters of the organization list, with its sort. */
    public static class OrganizationFilters {

        @QueryParam("kind")
        @Parameter(name = "kind", in = ParameterIn.QUERY, description = "Only organizations of this kind.", schema = @Schema(implementation = OrganizationKind.class))
        public String kind;

        @QueryParam("parent")
        public String parent;

        Filter filter() {
            Filter filter = new Filter();
            OrganizationKind chosen = QueryParams.enumeration(OrganizationKind.class, kind, "kind");
            if (chosen != null) {
                filter.where("e.kind = :kind", "kind", chosen);
            }
            if (parent != null) {
                filter.where("e.parent.id = :parent", "parent", References.organization(parent, "parent"));
            }
            return filter;
        }
    }

    /** {@code fields} and {@code include} of a participant. */
    public static class ParticipantShape {

        @BeanParam
        public Fields fields;

        @QueryParam("include")
        @Parameter(name = "include", in = ParameterIn.QUERY, description = "Relations answered in full, comma-separated; they appear only when included.",
                style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = ParticipantInclude.class))
        public String include;

        Selection selection() {
            return fields.selection(include, ParticipantContent.SHAPE);
        }
    }

    @Schema(name = "ParticipantInclude", type = SchemaType.STRING, enumeration = { "meetings", "articles" })
    static final class ParticipantInclude {
    }

    /** The filter of the participant list, with its sort. */
    public static class ParticipantFilters {

        @QueryParam("organization")
        public String organization;

        Filter filter() {
            Filter filter = new Filter();
            if (organization != null) {
                filter.where("exists (select 1 from Participant p join p.positions pos where p = e and pos.organization.id = :org)",
                        "org", References.organization(organization, "organization"));
            }
            return filter;
        }
    }
}
