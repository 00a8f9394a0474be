package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Ref;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the readers of every delivered type share: the database, the JSON mapper, and how a page or
 * a single item becomes an answer. Each type shapes its items in one place, a page at a time (one
 * statement per relation asked for), and a single item is a page of one. Items are built as their
 * typed records, included relations in place of their references, and cut to the fields asked for
 * at the end ({@link Selection#apply}).
 */
abstract class Delivery {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** The list answer: the page's items as {@code shape} makes them, its meta, and the Link to what follows. */
    <E> Built page(UriInfo uri, Paged<E> page, Function<List<E>, List<ObjectNode>> shape) {
        return ListAnswer.of(mapper, uri, shape.apply(page.rows()), page.meta(), page.nextPage());
    }

    /** The answer for one item, shaped as in a list; none found is a 404 naming {@code type} and what was asked for. */
    static <E> Built one(Optional<E> found, String type, String idOrSlug, Function<List<E>, List<ObjectNode>> shape) {
        E item = found.orElseThrow(() -> ProblemException.notFound(type, idOrSlug));
        return Built.of(shape.apply(List.of(item)).get(0));
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
