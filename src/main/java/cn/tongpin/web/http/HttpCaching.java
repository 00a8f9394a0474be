package cn.tongpin.web.http;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Conditional GET for every cached answer (RFC 9110 §13): delivery JSON, the channels (feeds,
 * sitemaps, embeds), assets, the embed script and WeChat images all decide 200 or 304 here.
 *
 * <ul>
 * <li>If-None-Match wins over If-Modified-Since; it matches by weak comparison, takes a list, and
 * {@code *} matches any representation (there always is one when we get this far).</li>
 * <li>If-Modified-Since counts only without If-None-Match, only when the answer has a
 * Last-Modified, and in whole seconds; a date that cannot be read is ignored.</li>
 * <li>A 304 carries the same ETag, Last-Modified, Cache-Control and Vary as the 200 would
 * (RFC 9110 §15.4.5), so callers set those headers whatever the outcome.</li>
 * </ul>
 */
public final class HttpCaching {

    public static final String ETAG = "ETag";
    public static final String LAST_MODIFIED = "Last-Modified";
    public static final String IF_NONE_MATCH = "If-None-Match";
    public static final String IF_MODIFIED_SINCE = "If-Modified-Since";
    public static final String IF_RANGE = "If-Range";
    public static final String RANGE = "Range";

    private HttpCaching() {
    }

    /** The conditions a request came with; either may be null. */
    public record Conditions(String ifNoneMatch, String ifModifiedSince) {

        public static final Conditions NONE = new Conditions(null, null);

        /** From any way of reading a request header by name. */
        public static Conditions from(UnaryOperator<String> header) {
            return new Conditions(header.apply(IF_NONE_MATCH), header.apply(IF_MODIFIED_SINCE));
        }
    }

    /**
     * Whether the client's copy is current, so that the answer is 304.
     *
     * @param etag the answer's ETag
     * @param lastModified when the answer last changed, or null when it has no Last-Modified
     */
    public static boolean notModified(Conditions conditions, String etag, Instant lastModified) {
        if (conditions.ifNoneMatch() != null) {
            for (String tag : ETags.parse(conditions.ifNoneMatch())) {
                if (tag.equals(ETags.ANY) || ETags.weakMatch(tag, etag)) {
                    return true;
                }
            }
            return false;
        }
        if (conditions.ifModifiedSince() != null && lastModified != null) {
            Instant since = HttpDates.parse(conditions.ifModifiedSince());
            return since != null && !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        }
        return false;
    }

    /**
     * The Last-Modified to send now for an answer that appeared at {@code since}, which may be
     * within the current second. Last-Modified has whole seconds, so two versions within one second
     * would share it and a client holding the first could be told "not modified" about the second.
     * To rule that out, an answer younger than its second is dated one second earlier: the client
     * gets a 200 next time rather than a wrong 304 (and {@link #notModified} compares the answer's
     * own second, which is not after the client's date only once that second is over).
     */
    public static Instant lastModifiedNow(Instant since, Instant now) {
        Instant second = since.truncatedTo(ChronoUnit.SECONDS);
        if (!now.truncatedTo(ChronoUnit.SECONDS).isAfter(second)) {
            second = second.minusSeconds(1);
        }
        return second;
    }

    /** Sets ETag and, when there is one, Last-Modified: on the 200 and on the 304 alike. */
    public static void validators(String etag, Instant lastModified, BiConsumer<String, String> header) {
        header.accept(ETAG, etag);
        if (lastModified != null) {
            header.accept(LAST_MODIFIED, HttpDates.format(lastModified));
        }
    }
}
