package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sorting;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Ref;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the readers of every delivered type share: the database, the JSON mapper, the other readers,
 * and how a page or a single item becomes an answer. Each type builds its items in one place
 * ({@link #build}), a page at a time (one statement per relation asked for), as its typed records:
 * the records the OpenAPI document describes, an included relation in place of its reference. They
 * are turned into JSON once, here, where the sparse fieldset cuts them ({@link Selection#apply}). A
 * single item is a page of one.
 *
 * @param <E> the entity a page is made of
 * @param <C> the record the delivery API answers for it
 */
abstract class Delivery<E, C> {

    /** The order of the lists that are not searched: by name. */
    static final List<SortField> BY_NAME = List.of(new SortField("name", false));

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Readers readers;

    @Inject
    RankedSearch search;

    private final String type;
    private final ListQuery<E> list;
    private final Selection.Shape shape;
    private final Function<String, Optional<E>> byIdOrSlug;
    private final Predicate<E> shown;

    /**
     * @param type the type's name in a 404
     * @param byIdOrSlug finds the item an item route names
     * @param shown whether the delivery API shows an item (published, where a type has states)
     */
    Delivery(String type, ListQuery<E> list, Selection.Shape shape, Function<String, Optional<E>> byIdOrSlug, Predicate<E> shown) {
        this.type = type;
        this.list = list;
        this.shape = shape;
        this.byIdOrSlug = byIdOrSlug;
        this.shown = shown;
    }

    /** The page's items as their typed records, with one statement per relation the selection needs. */
    abstract List<C> build(List<E> rows, Selection selection);

    /** The item route's answer. */
    public Built get(String idOrSlug, Selection selection) {
        return Built.of(json(List.of(find(idOrSlug)), selection).get(0));
    }

    /** The list of a type that is not searched, by name unless sort says otherwise. */
    Built byName(UriInfo uri, Paging paging, Sorting.ByName sorting, Filter filter, Selection selection) {
        ListParams params = ListParams.parse(paging, sorting.sort, list.sortables(), BY_NAME);
        return page(uri, Paged.run(list, em, params, filter), selection);
    }

    /**
     * The list of a type that is searched ({@code q}): by relevance with q, else newest first unless
     * sort says otherwise; matches are ranked among the rows of the type's table (its name).
     *
     * @param newer the table's date column the search prefers among equal ranks
     * @param newestFirst the sort without q
     */
    Built searched(UriInfo uri, Paging paging, String sort, String q, Supplier<Filter> filter, String newer, SortField newestFirst,
            Selection selection) {
        return page(uri, search.listOrSearch(list, type, newer, paging, sort, q, List.of(newestFirst), filter), selection);
    }

    /** The list answer: the page's items, its meta, and the Link to what follows. */
    Built page(UriInfo uri, Paged<E> page, Selection selection) {
        return ListAnswer.of(mapper, uri, json(page.rows(), selection), page.meta(), page.nextPage());
    }

    /** The item an item route names; none shown is a 404 naming the type and what was asked for. */
    E find(String idOrSlug) {
        return byIdOrSlug.apply(idOrSlug).filter(shown).orElseThrow(() -> ProblemException.notFound(type, idOrSlug));
    }

    /** What one item is with the default fields and no includes: the shape it has inside another item. */
    Selection plain() {
        return Selection.parse(null, null, shape);
    }

    /** Items built and cut to the fields asked for, once, as JSON. */
    List<ObjectNode> json(List<E> rows, Selection selection) {
        return build(rows, selection).stream().map(item -> selection.apply(mapper.valueToTree(item), shape)).toList();
    }

    /**
     * The items among {@code ids} that the delivery API shows, each as its item route answers it
     * (default fields, no includes), built together like a page.
     */
    Map<UUID, JsonNode> items(Collection<UUID> ids) {
        List<E> rows = em.createQuery("select e from " + list.entity().getSimpleName() + " e " + list.fetch() + " where e.id in :ids",
                list.entity()).setParameter("ids", ids).getResultList().stream().filter(shown).toList();
        Map<UUID, JsonNode> found = new HashMap<>();
        json(rows, plain()).forEach(node -> found.put(UUID.fromString(node.get("id").asText()), node));
        return found;
    }

    /** The reference, or with {@code include} the full item it names (the reference stays where none is found). */
    static Object expanded(Ref ref, boolean include, Map<UUID, ?> full) {
        Object item = include ? full.get(ref.id()) : null;
        return item == null ? ref : item;
    }

    /** Each reference, or with {@code include} the full item it names. */
    static List<Object> expanded(List<Ref> refs, boolean include, Map<UUID, ?> full) {
        return refs.stream().map(ref -> expanded(ref, include, full)).toList();
    }
}
