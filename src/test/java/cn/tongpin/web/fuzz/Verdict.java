package cn.tongpin.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What no answer may ever be: a 5xx, an error that is not application/problem+json, or a body that
 * shows the service's insides (a Java class name, SQL or a stack trace).
 */
public final class Verdict {

    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("java\\.[a-z]"), Pattern.compile("org\\.hibernate"), Pattern.compile("io\\.quarkus"),
            Pattern.compile("io\\.vertx"), Pattern.compile("cn\\.tongpin\\."), Pattern.compile("Exception"),
            Pattern.compile("SELECT "), Pattern.compile("ERROR:  "), Pattern.compile("syntax error at"),
            Pattern.compile("\tat "));

    private Verdict() {
    }

    /** Why the answer is wrong, or null when it is acceptable. */
    public static String judge(int status, String contentType, byte[] body) {
        if (status >= 500) {
            return status + "";
        }
        if (status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            return status + " not problem+json (" + contentType + ")";
        }
        if (body != null) {
            String text = new String(body, 0, Math.min(body.length, 256 * 1024), StandardCharsets.ISO_8859_1);
            for (Pattern leak : LEAKS) {
                if (leak.matcher(text).find()) {
                    return status + " leaks '" + leak.pattern() + "'";
                }
            }
        }
        return null;
    }
}
