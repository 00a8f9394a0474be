package cn.tongpin.delivery.read;

import cn.tongpin.listing.Cursor;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListMeta;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sortable;
import cn.tongpin.persistence.Rows;
import cn.tongpin.search.SearchMatcher;
import cn.tongpin.search.SearchQuery;
import cn.tongpin.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Delivery lists with {@code q}: the matches ({@link SearchMatcher}: title before body, newer
 * before older, at most {@link #MAX_RESULTS}) in relevance order or in the sort asked for, through
 * the list's filters. Relevance pages are numbered or walked with a cursor that holds the position.
 */
@ApplicationScoped
public class RankedSearch {

    public static final String RELEVANCE = "relevance";
    public static final int MAX_RESULTS = 1000;
    static final List<SortField> DEFAULT_SORT = List.of(new SortField(RELEVANCE, true));
    @Inject
    EntityManager em;

    @Inject
    SearchMatcher matcher;

    static Sortable<Object> relevanceSortable() {
        return Sortable.of(RELEVANCE, "e.id", Sortable.Type.UUID, e -> null);
    }

    /** Whether the list is sorted by relevance; relevance cannot be combined with other keys. */
    static boolean isRelevance(ListParams params) {
        boolean relevance = params.sort().stream().anyMatch(s -> s.name().equals(RELEVANCE));
        if (relevance && params.sort().size() > 1) {
            throw ProblemException.badParameter("sort", "relevance cannot be combined with other sort fields");
        }
        return relevance;
    }

    /** Ids of the published rows matching {@code q}, best first; {@code newer} orders equal ranks. */
    List<UUID> rankedIds(String table, String newer, String q) {
        SearchQuery query = SearchQuery.parse(q, "q");
        SearchMatcher.Scope scope = new SearchMatcher.Scope(table, table, "status = 'published'", newer);
        return matcher.find(List.of(scope), query, MAX_RESULTS).stream().map(SearchMatcher.Match::id).toList();
    }

    /**
     * A page of a delivery list: the list itself, or with {@code q} its search matches, in relevance
     * order (the default then) or in the sort asked for.
     *
     * @param table and {@code newer}: as for {@link #rankedIds}; matches are limited to published rows
     * @param filter made after the paging parameters are checked, so those are refused first
     */
    <E> Paged<E> listOrSearch(ListQuery<E> list, String table, String newer, Paging paging, String sort, String q,
            List<SortField> defaultSort, Supplier<Filter> filter) {
        Map<String, Sortable<?>> sortables = new HashMap<>(list.sortables());
        if (q != null) {
            sortables.put(RELEVANCE, relevanceSortable());
        }
        ListParams params = ListParams.parse(paging, sort, sortables, q == null ? defaultSort : DEFAULT_SORT);
        Filter conditions = filter.get();
        if (q == null) {
            return Paged.run(list, em, params, conditions);
        }
        List<UUID> ranked = rankedIds(table, newer, q);
        return isRelevance(params)
                ? page(list.entity(), list.fetch(), list::idOf, ranked, conditions, params)
                : Paged.run(list, em, params, conditions.where("e.id in :searchIds", "searchIds", ids(ranked)));
    }

    static Collection<UUID> ids(List<UUID> ranked) {
        return Rows.ids(ranked);
    }

    /** A page of the ranked rows that also pass the filter, in rank order. */
    <E> Paged<E> page(Class<E> entity, String fetch, Function<E, UUID> id, List<UUID> ranked, Filter filter,
            ListParams params) {
        List<UUID> ordered = List.of();
        if (!ranked.isEmpty()) {
            List<String> conditions = new ArrayList<>(filter.conditions());
            conditions.add("e.id in :searchIds");
            TypedQuery<UUID> passing = em.createQuery("select e.id from " + entity.getSimpleName() + " e where "
                    + String.join(" and ", conditions), UUID.class);
            filter.parameters().forEach(passing::setParameter);
            passing.setParameter("searchIds", ranked);
            Set<UUID> allowed = new HashSet<>(passing.getResultList());
            ordered = ranked.stream().filter(allowed::contains).toList();
        }
        int offset = params.page() != null ? (params.page() - 1) * params.limit() : offset(params.cursor());
        List<UUID> slice = ordered.subList(Math.min(offset, ordered.size()), Math.min(offset + params.limit(), ordered.size()));
        List<E> rows = new ArrayList<>();
        if (!slice.isEmpty()) {
            Map<UUID, E> byId = new HashMap<>();
            em.createQuery("select e from " + entity.getSimpleName() + " e " + fetch + " where e.id in :ids", entity)
                    .setParameter("ids", slice).getResultList().forEach(e -> byId.put(id.apply(e), e));
            slice.forEach(i -> rows.add(byId.get(i)));
        }
        boolean more = offset + params.limit() < ordered.size();
        String next = more && params.page() == null
                ? new Cursor(RELEVANCE, List.of(Integer.toString(offset + params.limit()))).encode() : null;
        ListMeta meta = new ListMeta(params.limit(), next, params.page(), params.count() ? (long) ordered.size() : null);
        return new Paged<>(rows, meta, more && params.page() != null);
    }

    private static int offset(String cursor) {
        if (cursor == null) {
            return 0;
        }
        Cursor decoded = Cursor.decode(cursor, RELEVANCE, 1);
        try {
            int offset = Integer.parseInt(decoded.values().get(0));
            if (offset < 0 || offset > MAX_RESULTS) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("cursor", "is not a cursor this API gave out");
        }
    }
}
