package cn.tongpin.article;

import cn.tongpin.listing.Filter;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The typed filters of the article list: the state, a text match, and what every article list filters by. */
public class ArticleFilter {

    @QueryParam("status")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only articles in this state.", schema = @Schema(implementation = ArticleStatus.class))
    public String status;

    @QueryParam("q")
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Text in the title, summary or body.", schema = @Schema(type = SchemaType.STRING, minLength = 1,
            maxLength = 200))
    public String q;

    @BeanParam
    public ArticleCriteria criteria;

    Filter toFilter() {
        if (q != null && (q.isBlank() || q.length() > 200)) {
            throw ProblemException.badParameter("q", "must be 1 to 200 characters");
        }
        ArticleStatus chosen = QueryParams.enumeration(ArticleStatus.class, status, "status");
        Filter filter = new Filter();
        if (chosen != null) {
            filter.where("e.status = :status", "status", chosen);
        }
        criteria.applyTo(filter, false);
        if (q != null) {
            String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            filter.where("(lower(e.title) like :q escape '\\' or lower(e.summary) like :q escape '\\'"
                    + " or lower(e.bodyText) like :q escape '\\')", "q", like);
        }
        return filter;
    }
}
