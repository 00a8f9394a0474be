package cn.tongpin.delivery.read;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListMeta;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * One page of rows with its meta. A numbered page is counted (to know whether another follows);
 * the total is shown only when count=true was asked for.
 */
record Paged<E>(List<E> rows, ListMeta meta, boolean nextPage) {

    static <E> Paged<E> run(ListQuery<E> query, EntityManager em, ListParams params, Filter filter) {
        boolean pageMode = params.page() != null;
        ListParams effective = pageMode && !params.count()
                ? new ListParams(params.limit(), params.cursor(), params.page(), params.sort(), true)
                : params;
        ListResponse<E> result = query.run(em, effective, filter);
        ListMeta meta = result.meta();
        boolean nextPage = pageMode && (long) params.page() * params.limit() < meta.total();
        if (!params.count()) {
            meta = new ListMeta(meta.limit(), meta.nextCursor(), meta.page(), null);
        }
        return new Paged<>(result.data(), meta, nextPage);
    }
}
