package cn.tongpin.web;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Refuses query parameters an endpoint does not know, so that a typo never goes unnoticed. */
public final class QueryParams {

    private static final String DELIVERY_KEY = "key";
    /** Where content keys may come as ?key= (see ApiKeyAuthenticationMechanism): the delivery API and the widget's data. */
    private static final List<String> KEYED_ROOTS = List.of("/content/v1/", "/embed/v1/");

    private QueryParams() {
    }

    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        var params = uri.getQueryParameters();
        TreeSet<String> unknown = new TreeSet<>();
        for (var entry : params.entrySet()) {
            if (entry.getKey().equals(DELIVERY_KEY) && KEYED_ROOTS.stream().anyMatch(uri.getPath()::startsWith)) {
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

    /** An RFC 3339 timestamp parameter, or null when absent; anything else is a 400 naming it. */
    public static OffsetDateTime time(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "must be an RFC 3339 timestamp with offset, e.g. 2025-10-11T00:00:00+08:00");
        }
    }

    /** One of an enumeration's names, or null when absent; anything else is a 400 listing them. */
    public static <E extends Enum<E>> E enumeration(Class<E> type, String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }
}
