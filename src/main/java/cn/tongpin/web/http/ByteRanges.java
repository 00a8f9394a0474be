package cn.tongpin.web.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single byte Range with If-Range (RFC 9110 §14): what part of a representation of a known size
 * to send. Several ranges in one request, or units other than bytes, are answered whole.
 */
public final class ByteRanges {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    private ByteRanges() {
    }

    /** What to send. */
    public sealed interface Selection {
    }

    /** The whole representation (200): no Range, one we do not serve, or an If-Range that does not match. */
    public record Whole() implements Selection {
    }

    /** Bytes {@code from} to {@code to}, both included (206). */
    public record Part(long from, long to, long size) implements Selection {

        public long length() {
            return to - from + 1;
        }

        public String contentRange() {
            return "bytes " + from + "-" + to + "/" + size;
        }
    }

    /** The range lies outside the representation (416, with {@link #contentRange()}). */
    public record Unsatisfiable(long size) implements Selection {

        public String contentRange() {
            return "bytes */" + size;
        }
    }

    /**
     * @param etag the representation's strong ETag; If-Range must name it exactly (strong comparison);
     *        an If-Range date is not taken as a validator, so the answer is then whole
     */
    public static Selection select(String range, String ifRange, String etag, long size) {
        Matcher m = range == null ? null : SINGLE.matcher(range.trim());
        if (m == null || !m.matches() || m.group(1).length() + m.group(2).length() == 0) {
            return new Whole();
        }
        if (ifRange != null && !ETags.strongMatch(ifRange.trim(), etag)) {
            return new Whole();
        }
        long from;
        long to;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            from = Math.max(0, size - suffix);
            to = size - 1;
        } else {
            from = Long.parseLong(m.group(1));
            to = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        }
        if (from >= size || to < from) {
            return new Unsatisfiable(size);
        }
        return new Part(from, to, size);
    }
}
