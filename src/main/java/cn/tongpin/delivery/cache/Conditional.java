package cn.tongpin.delivery.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * If-None-Match and If-Modified-Since against a representation (RFC 9110 §13).
 *
 * <p>Last-Modified has whole seconds, so two versions within one second would share it and a client
 * holding the first could be told "not modified" about the second. To rule that out, a
 * representation younger than its second is dated one second earlier (the client gets a 200 next
 * time rather than a wrong 304), and a 304 is only given when the representation's own second is
 * not after the client's date.
 */
public final class Conditional {

    private Conditional() {
    }

    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, Representation r) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, r.etag());
        }
        if (ifModifiedSince != null) {
            Instant since = parseDate(ifModifiedSince);
            return since != null && !r.since().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        }
        return false;
    }

    /** Weak comparison, as If-None-Match asks for. */
    static boolean matches(String header, String etag) {
        String opaque = opaque(etag);
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The Last-Modified value to send now (see the class comment). */
    public static String lastModified(Representation r, Instant now) {
        Instant second = r.since().truncatedTo(ChronoUnit.SECONDS);
        if (!now.truncatedTo(ChronoUnit.SECONDS).isAfter(second)) {
            second = second.minusSeconds(1);
        }
        return formatDate(second);
    }

    public static String formatDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant parseDate(String text) {
        try {
            return ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
