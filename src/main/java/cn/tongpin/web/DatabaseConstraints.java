package cn.tongpin.web;

import java.util.Locale;

/**
 * Turns a constraint the database enforced (when two requests raced past the service's own checks)
 * into the answer the service would have given.
 */
final class DatabaseConstraints {

    private DatabaseConstraints() {
    }

    static ProblemException toProblem(String constraint) {
        if (constraint == null) {
            return null;
        }
        String name = constraint.toLowerCase(Locale.ROOT);
        if (name.startsWith("uk_") && name.endsWith("_slug")) {
            return ProblemException.duplicate("slug", null);
        }
        if (name.startsWith("pk_idempotent_request")) {
            return ProblemException.conflict("idempotency_in_progress",
                    "A request with this Idempotency-Key is being processed; retry in a moment");
        }
        if (name.startsWith("fk_")) {
            return ProblemException.conflict("referenced",
                    "The item is referenced by other content (" + name + ") and cannot be removed or changed like this");
        }
        return null;
    }
}
