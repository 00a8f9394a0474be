package cn.tongpin.web;

import java.util.List;

/** ETags from versions and the If-Match rules of the management API. */
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
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(current)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition_failed", "Changed by someone else",
                "If-Match " + Texts.abbreviate(ifMatch, 60) + " does not match the current version " + current
                        + "; read it again and retry",
                List.of(new FieldError("If-Match", "current ETag is " + current)));
    }
}
