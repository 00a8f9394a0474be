package cn.tongpin.web.fuzz;

import java.util.List;
import java.util.regex.Pattern;

/**
 * TEMPORARY: failure classes another branch is fixing right now; fixed on branch edges; remove at
 * merge. Each entry names the operations (a regular expression over "METHOD /template"), where the
 * hostile value went (a prefix: "path:", "query:", "header:", "body", "baseline"), its class (null:
 * any) and how the answer was wrong (a prefix of the failure's reason: "500", "414 not problem").
 */
public final class KnownFailures {

    record Known(Pattern operation, String where, Kind kind, String why) {

        boolean covers(Failure failure) {
            return operation.matcher(failure.operation()).matches() && failure.where().startsWith(where)
                    && (kind == null || failure.kind() == kind) && failure.why().startsWith(why);
        }
    }

    // Fixed on branch edges; remove at merge (and run OpenApiFuzzTest: it must pass without them).
    private static final List<Known> KNOWN = List.of(
            // GET /admin/v1/clients/{idOrSlug} always 500 (LazyInitializationException on allowedOrigins).
            known("GET /admin/v1/clients/\\{idOrSlug}", "", null, "500"),
            // Vert.x answers a request line over 4 KB with a bodiless 414, and a header block over its limit with 431.
            known(".*", "path:", Kind.HUGE, "414 not problem"),
            known(".*", "query:", Kind.HUGE, "414 not problem"),
            known(".*", "header:", Kind.HUGE, "431 not problem"),
            // Timestamps outside PostgreSQL's range in a body reach the database (or overflow java.time).
            known("(POST|PUT|PATCH) /admin/v1/.*", "body:", Kind.TIMESTAMP_RANGE, "500"),
            // ... and in a query parameter.
            known("GET /.*", "query:", Kind.TIMESTAMP_RANGE, "500"),
            // NUL in a query parameter reaches the database.
            known("GET /.*", "query:", Kind.NUL, "500"),
            // Text a feed cannot carry (U+FFFF, C1 controls…) is stored by a write, and the feeds answer 500 for everyone.
            known("GET /content/v1/feeds/.*", "", null, "500"),
            // A body starting with a thousand combining marks: the derived summary overflows its column.
            known("(POST|PUT|PATCH) /admin/v1/articles.*", "body:", Kind.COMBINING_MARKS, "500"));

    private KnownFailures() {
    }

    public static boolean covers(Failure failure) {
        return KNOWN.stream().anyMatch(k -> k.covers(failure));
    }

    private static Known known(String operation, String where, Kind kind, String why) {
        return new Known(Pattern.compile(operation), where, kind, why);
    }
}
