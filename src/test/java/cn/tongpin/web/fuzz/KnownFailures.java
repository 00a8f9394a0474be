package cn.tongpin.web.fuzz;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Answers the walk accepts although they break its rules, each with the reason it cannot be mended
 * here. Each entry names the operations (a regular expression over "METHOD /template"), where the
 * hostile value went (a prefix: "path:", "query:", "header:", "body", "baseline"), its class (null:
 * any) and how the answer was wrong (a prefix of the failure's reason: "414 not problem").
 */
public final class KnownFailures {

    record Known(Pattern operation, String where, Kind kind, String why) {

        boolean covers(Failure failure) {
            return operation.matcher(failure.operation()).matches() && failure.where().startsWith(where)
                    && (kind == null || failure.kind() == kind) && failure.why().startsWith(why);
        }
    }

    // None today. A request line over 64 KB or a header block over 64 KB is still refused by the HTTP
    // codec with a bodiless 414 or 431 before any handler runs (Vert.x has a hook for it,
    // HttpServer.invalidRequestHandler, that Quarkus 3.33 does not expose: quarkusio/quarkus#55082);
    // the walk stays below those sizes and the service answers lines over 8 KB and headers over 20 KB itself.
    private static final List<Known> KNOWN = List.of();

    private KnownFailures() {
    }

    public static boolean covers(Failure failure) {
        return KNOWN.stream().anyMatch(k -> k.covers(failure));
    }
}
