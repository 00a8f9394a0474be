package cn.tongpin.listing;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code sort} parameter of each list, declared once per set of keys; {@link ListParams#parse} reads it. */
public final class Sorting {

    /** How every {@code sort} parameter reads; each list adds its default. */
    public static final String DESCRIPTION = "Sort keys, comma-separated; `-` before a key sorts descending.";

    private Sorting() {
    }

    /** Lists of named things: topics, organizations, participants, clients. Default {@code name}. */
    public static class ByName {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = DESCRIPTION + " Default `name`.", style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.ByName.class))
        public String sort;
    }

    /** The management list of articles. Default {@code -updatedAt}. */
    public static class Articles {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = DESCRIPTION + " Default `-updatedAt`; `publishedAt` sorts drafts by creation.",
                style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.Articles.class))
        public String sort;
    }

    /** The management list of meetings. Default {@code -startsAt}. */
    public static class Meetings {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = DESCRIPTION + " Default `-startsAt`.", style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.Meetings.class))
        public String sort;
    }

    /** The list of assets. Default {@code -createdAt}. */
    public static class Assets {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = DESCRIPTION + " Default `-createdAt`.", style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.Assets.class))
        public String sort;
    }

    /** The audit log. Default {@code -occurredAt}. */
    public static class Audit {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = DESCRIPTION + " Default `-occurredAt`.", style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.Audit.class))
        public String sort;
    }

    /** A client's keys. Default {@code createdAt}. */
    public static class Keys {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = DESCRIPTION + " Default `createdAt`.", style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.Keys.class))
        public String sort;
    }
}
