package cn.tongpin.delivery.read;

import cn.tongpin.article.ArticleCriteria;
import cn.tongpin.article.ArticleStatus;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.SortKeys;
import cn.tongpin.listing.Sorting;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
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

        @BeanParam
        public Fields fields;

        @QueryParam("include")
        @Parameter(name = "include", in = ParameterIn.QUERY, description = "Relations answered as full objects instead of references, comma-separated.",
                style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = Include.class))
        public String include;

        Selection selection() {
            return fields.selection(include, ArticleContent.SHAPE);
        }
    }

    @Schema(name = "ArticleInclude", type = SchemaType.STRING, enumeration = { "topics", "meeting", "participants", "organizations",
            "sourceOrganization" })
    static final class Include {
    }

    /** The list's filters and sort. */
    public static class Filters {

        @QueryParam("sort")
        @Parameter(name = "sort", in = ParameterIn.QUERY, description = Sorting.DESCRIPTION + " Default `-publishedAt`, with `q` `relevance`.",
                style = ParameterStyle.FORM, explode = Explode.FALSE,
                schema = @Schema(type = SchemaType.ARRAY, implementation = SortKeys.DeliveredArticles.class))
        public String sort;

        @BeanParam
        public SearchText text;

        @BeanParam
        public ArticleCriteria criteria;

        Filter filter() {
            return criteria.applyTo(new Filter().where("e.status = :published", "published", ArticleStatus.published), true);
        }
    }
}
