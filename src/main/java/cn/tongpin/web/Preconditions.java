package cn.tongpin.web;

import cn.tongpin.web.http.ETags;
import java.util.List;

/** ETags from versions and the If-Match rules of the management API (the tags are read by {@link ETags}). */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Refuses a change whose {@code If-Match} does not name the current version.
     *
     * @param required whether a missing header is refused (428) rather than allowed
     */
    public static void checkIfMatch(String ifMatch, long currentVersion, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new ProblemException(428, "precondition_required", "If-Match required",
                        "Send If-Match with the ETag you read, so that no one else's change is overwritten", null);
            }
            return;
        }
        String current = etag(currentVersion);
        for (String tag : ETags.parse(ifMatch)) {
            // Weak tags are taken as the version they name: clients (and proxies) add W/ freely.
            if (tag.equals(ETags.ANY) || ETags.weakMatch(tag, current)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition_failed", "Changed by someone else",
                "If-Match " + Texts.abbreviate(ifMatch, 60) + " does not match the current version " + current
                        + "; read it again and retry",
                List.of(new FieldError("If-Match", "current ETag is " + current)));
    }
}
