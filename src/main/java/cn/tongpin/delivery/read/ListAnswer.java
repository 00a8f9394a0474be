package cn.tongpin.delivery.read;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.listing.ListMeta;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A list answer, {@code {"data": [...], "meta": {...}}}, with {@code Link: <…>; rel="next"}. */
public final class ListAnswer {

    private ListAnswer() {
    }

    /** @param nextPage whether a numbered page follows (page mode only) */
    public static Built of(ObjectMapper mapper, UriInfo uri, List<ObjectNode> items, ListMeta meta, boolean nextPage) {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode data = body.putArray("data");
        items.forEach(data::add);
        body.set("meta", mapper.valueToTree(meta));
        return new Built(body, next(uri, meta, nextPage));
    }

    /** The next page's address: the same query with the cursor (or page) moved on. */
    public static String next(UriInfo uri, ListMeta meta, boolean nextPage) {
        String replaced;
        String value;
        if (meta.nextCursor() != null) {
            replaced = "cursor";
            value = meta.nextCursor();
        } else if (meta.page() != null && nextPage) {
            replaced = "page";
            value = Integer.toString(meta.page() + 1);
        } else {
            return null;
        }
        return nextLink(uri, Set.of(replaced), replaced, value);
    }

    /**
     * The request's address for the next page, as a {@code Link} header value: the same query
     * without the parameters left out, and with one parameter set.
     */
    public static String nextLink(UriInfo uri, Set<String> leftOut, String name, String value) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, List<String>> param : uri.getQueryParameters().entrySet()) {
            if (param.getKey().equals(name) || leftOut.contains(param.getKey())) {
                continue;
            }
            for (String v : param.getValue()) {
                query.append(query.length() == 0 ? "" : "&").append(encode(param.getKey())).append('=').append(encode(v));
            }
        }
        query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(encode(value));
        return "<" + path(uri) + "?" + query + ">; rel=\"next\"";
    }

    /** The request's path, encoded again; made from the path alone, so HTTP/1.0 requests without Host get links too. */
    private static String path(UriInfo uri) {
        StringBuilder path = new StringBuilder();
        for (String segment : uri.getPath().split("/", -1)) {
            path.append(path.length() == 0 && segment.isEmpty() ? "" : "/").append(encode(segment));
        }
        return path.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
