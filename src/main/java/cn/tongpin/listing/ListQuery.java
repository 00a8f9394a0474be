package cn.tongpin.listing;

import cn.tongpin.persistence.BaseEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs a list over one entity with filters, sort, keyset cursor or page, and an optional count.
 * Every sort ends with the id, so the order is total and cursors are stable under inserts.
 *
 * <p>JPQL through the caller's EntityManager: it serves any entity class, which Panache's static
 * methods cannot. It builds its own keyset condition rather than using Hibernate's
 * {@code KeyedPage}, whose keys are entity attributes only: some sorts here are expressions
 * ({@code coalesce(e.title, '')}), and lists also page by number and count.
 */
public final class ListQuery<E> {

    private final Class<E> entity;
    private final Map<String, Sortable<E>> sortables;
    private final Sortable<E> idSortable;
    private final Function<E, UUID> id;
    private String fetch = "";

    private ListQuery(Class<E> entity, List<Sortable<E>> sortables, Function<E, UUID> id) {
        this.entity = entity;
        this.id = id;
        this.idSortable = Sortable.id(id);
        Map<String, Sortable<E>> byName = new LinkedHashMap<>();
        sortables.forEach(s -> byName.put(s.name(), s));
        byName.putIfAbsent("id", idSortable);
        this.sortables = Map.copyOf(byName);
    }

    public static <E> ListQuery<E> of(Class<E> entity, Function<E, UUID> id, List<Sortable<E>> sortables) {
        return new ListQuery<>(entity, sortables, id);
    }

    /** A list of entities, sortable by {@code slug}, {@code createdAt} and {@code updatedAt} as well as by {@code own}. */
    @SafeVarargs
    public static <E extends BaseEntity> ListQuery<E> ofEntities(Class<E> entity, Sortable<E>... own) {
        List<Sortable<E>> sortables = new ArrayList<>(List.of(own));
        sortables.add(Sortable.of("slug", "e.slug", Sortable.Type.STRING, e -> e.slug));
        sortables.add(Sortable.of("createdAt", "e.createdAt", Sortable.Type.TIMESTAMP, e -> e.createdAt));
        sortables.add(Sortable.of("updatedAt", "e.updatedAt", Sortable.Type.TIMESTAMP, e -> e.updatedAt));
        return new ListQuery<>(entity, sortables, e -> e.id);
    }

    /** Joins fetched with every row, e.g. {@code left join fetch e.parent}. */
    public ListQuery<E> fetching(String joins) {
        this.fetch = joins;
        return this;
    }

    public Class<E> entity() {
        return entity;
    }

    public UUID idOf(E row) {
        return id.apply(row);
    }

    /** The joins fetched with every row. */
    public String fetch() {
        return fetch;
    }

    public Map<String, Sortable<E>> sortables() {
        return sortables;
    }

    public ListResponse<E> run(EntityManager em, ListParams params, Filter filter) {
        List<Sortable<E>> keys = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (SortField field : params.sort()) {
            keys.add(sortables.get(field.name()));
            descending.add(field.descending());
        }
        if (keys.stream().noneMatch(k -> k.name().equals("id"))) {
            keys.add(idSortable);
            descending.add(false);
        }
        String sortSignature = params.sort().stream().map(SortField::toString).collect(Collectors.joining(","));

        List<String> conditions = new ArrayList<>(filter.conditions());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        if (params.cursor() != null) {
            Cursor cursor = Cursor.decode(params.cursor(), sortSignature, keys.size());
            conditions.add(keyset(keys, descending, cursor, parameters));
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String order = " order by " + orderBy(keys, descending);

        TypedQuery<E> query = em.createQuery("select e from " + entity.getSimpleName() + " e " + fetch + where + order, entity);
        parameters.forEach(query::setParameter);
        if (params.page() != null) {
            query.setFirstResult((params.page() - 1) * params.limit());
        }
        query.setMaxResults(params.limit() + 1);
        List<E> rows = query.getResultList();

        boolean more = rows.size() > params.limit();
        List<E> data = more ? rows.subList(0, params.limit()) : rows;
        String next = null;
        if (more && params.page() == null) {
            E last = data.get(data.size() - 1);
            List<String> values = keys.stream().map(k -> k.type().format(k.accessor().apply(last))).toList();
            next = new Cursor(sortSignature, values).encode();
        }
        Long total = params.count() ? count(em, filter) : null;
        return new ListResponse<>(List.copyOf(data), new ListMeta(params.limit(), next, params.page(), total));
    }

    private long count(EntityManager em, Filter filter) {
        String where = filter.conditions().isEmpty() ? "" : " where " + String.join(" and ", filter.conditions());
        TypedQuery<Long> query = em.createQuery("select count(e) from " + entity.getSimpleName() + " e" + where, Long.class);
        filter.parameters().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static <E> String orderBy(List<Sortable<E>> keys, List<Boolean> descending) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add(keys.get(i).path() + (descending.get(i) ? " desc" : " asc"));
        }
        return String.join(", ", parts);
    }

    /** {@code (a > :a) or (a = :a and b < :b) or ...} for the row after the cursor. */
    private static <E> String keyset(List<Sortable<E>> keys, List<Boolean> descending, Cursor cursor,
            Map<String, Object> parameters) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String param = "cursor" + i;
            try {
                parameters.put(param, keys.get(i).type().parse(cursor.values().get(i)));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
            List<String> parts = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                parts.add(keys.get(j).path() + " = :cursor" + j);
            }
            parts.add(keys.get(i).path() + (descending.get(i) ? " < :" : " > :") + param);
            alternatives.add("(" + String.join(" and ", parts) + ")");
        }
        return "(" + String.join(" or ", alternatives) + ")";
    }
}
