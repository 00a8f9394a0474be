package cn.tongpin.web;

import java.io.IOException;

/**
 * Recognises the errors of Quarkus REST's multipart parser, which reports a body that ends before
 * its closing boundary (or has broken part headers) as a plain IOException or RuntimeException.
 * Those are the caller's fault: a 400, not a 500.
 */
final class MultipartBodies {

    private static final String PARSER_PACKAGE = "org.jboss.resteasy.reactive.server.core.multipart.";

    private MultipartBodies() {
    }

    static boolean unreadable(Throwable error) {
        if (error.getClass().getName().startsWith(PARSER_PACKAGE)) {
            return true;
        }
        StackTraceElement[] trace = error.getStackTrace();
        return (error instanceof IOException || error.getClass() == RuntimeException.class) && trace.length > 0
                && trace[0].getClassName().startsWith(PARSER_PACKAGE);
    }
}
