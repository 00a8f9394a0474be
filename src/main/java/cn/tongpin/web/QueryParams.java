package cn.tongpin.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import java.util.TreeSet;

/** Refuses query parameters an endpoint does not know, so that a typo never goes unnoticed. */
public final class QueryParams {

    private static final String DELIVERY_KEY = "key";
    private static final String DELIVERY_ROOT = "/content/v1/";

    private QueryParams() {
    }

    /** The parameters of a list endpoint: paging and sorting plus its own filters. */
    public static Set<String> listParams(Set<String> paging, String... filters) {
        Set<String> all = new java.util.HashSet<>(paging);
        all.addAll(java.util.List.of(filters));
        return Set.copyOf(all);
    }

    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        var params = uri.getQueryParameters();
        TreeSet<String> unknown = new TreeSet<>();
        for (var entry : params.entrySet()) {
            if (entry.getKey().equals(DELIVERY_KEY) && uri.getPath().startsWith(DELIVERY_ROOT)) {
                // A content key sent as ?key= by readers that cannot set headers; the security layer reads it.
                continue;
            }
            if (!allowed.contains(entry.getKey())) {
                unknown.add(entry.getKey());
            } else if (entry.getValue().size() > 1) {
                throw ProblemException.badParameter(entry.getKey(), "must be given once");
            }
        }
        if (!unknown.isEmpty()) {
            String first = Texts.abbreviate(unknown.first(), 60);
            throw ProblemException.badRequest("Unknown query parameter '" + first + "'; allowed: "
                    + String.join(", ", new TreeSet<>(allowed)),
                    unknown.stream().map(n -> new FieldError(Texts.abbreviate(n, 60), "unknown parameter")).toList());
        }
    }
}
