package cn.tongpin.web;

import java.lang.reflect.Field;
import java.net.URI;
import java.net.URISyntaxException;
import org.jboss.logging.Logger;

/**
 * Request targets that are not valid URIs (a bad percent-encoding such as {@code /%zz}, bytes that
 * a URI cannot hold): answered by {@link HttpEdge} as a problem, like every other error.
 *
 * <p>Quarkus checks the target in its root handler, before any route, and answers a bare
 * {@code 400} with no body (VertxHttpRecorder's root handler, unless the system property
 * {@code vertx.disableURIValidation} was set before it loaded); it offers no way to change that
 * answer. So at startup its check is switched off on that handler, and the same check
 * ({@code new URI(target)}) is made by the first route instead. If a Quarkus version moves that
 * switch, nothing breaks: its bare 400 stays, a warning says so, and a test fails.
 */
final class MalformedTargets {

    private static final Logger LOG = Logger.getLogger(MalformedTargets.class);
    private static final String RECORDER = "io.quarkus.vertx.http.runtime.VertxHttpRecorder";

    private MalformedTargets() {
    }

    /** Whether the target cannot be read as a URI. */
    static boolean malformed(String target) {
        if (target == null) {
            return true;
        }
        try {
            new URI(target);
            return false;
        } catch (URISyntaxException e) {
            return true;
        }
    }

    /** Leaves the check to {@link HttpEdge}; answers whether it could. */
    static boolean takeOverFromQuarkus() {
        try {
            Field root = Class.forName(RECORDER).getDeclaredField("ACTUAL_ROOT");
            root.setAccessible(true);
            Object handler = root.get(null);
            Field disabled = handler.getClass().getDeclaredField("DISABLE_URI_VALIDATION");
            disabled.setAccessible(true);
            disabled.setBoolean(handler, true);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("Request targets that are not valid URIs keep Quarkus' empty 400 (its check could not be taken over: %s)",
                    e.toString());
            return false;
        }
    }
}
