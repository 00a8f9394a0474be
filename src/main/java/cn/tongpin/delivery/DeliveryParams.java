package cn.tongpin.delivery;

import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sortable;
import cn.tongpin.locale.LocaleNegotiation;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The query parameters every delivery endpoint shares, checked before anything is read. */
final class DeliveryParams {

    static final Set<String> SINGLE = Set.of("fields", "include", LocaleNegotiation.PARAMETER);

    private DeliveryParams() {
    }

    static ListParams list(UriInfo uri, Map<String, ? extends Sortable<?>> sortables, List<SortField> defaultSort,
            String... filters) {
        Set<String> allowed = new HashSet<>(ListParams.NAMES);
        allowed.addAll(SINGLE);
        allowed.addAll(List.of(filters));
        QueryParams.allowOnly(uri, allowed);
        return ListParams.parse(uri, sortables, defaultSort);
    }

    static void single(UriInfo uri) {
        QueryParams.allowOnly(uri, SINGLE);
    }

    static Selection selection(UriInfo uri, Selection.Shape shape) {
        var query = uri.getQueryParameters();
        return Selection.parse(query.getFirst("fields"), query.getFirst("include"), shape);
    }
}
