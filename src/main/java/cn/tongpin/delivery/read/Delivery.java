package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.web.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the readers of every delivered type share: the database, the JSON mapper, and how a page or
 * a single item becomes an answer. Each type shapes its items in one place, a page at a time (one
 * statement per relation asked for), and a single item is a page of one.
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
}
