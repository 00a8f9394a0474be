package cn.tongpin.channel;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Conditional answers of the channels: a strong ETag over the bytes sent, Last-Modified from the
 * content's last change, and 304 when the client has it already (If-None-Match wins over If-Modified-Since).
 */
public final class ChannelResponses {

    private ChannelResponses() {
    }

    /** The conditions a request came with. */
    public record Conditions(String ifNoneMatch, String ifModifiedSince) {
    }

    public static Response.ResponseBuilder answer(Conditions conditions, String body, String mediaType, Instant lastModified,
            String cacheControl) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = etag(bytes);
        Instant modified = (lastModified == null ? Instant.EPOCH : lastModified).truncatedTo(ChronoUnit.SECONDS);
        Response.ResponseBuilder response = notModified(conditions, etag, modified) ? Response.notModified()
                : Response.ok(bytes, mediaType);
        return response.header("ETag", etag)
                .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(modified, ZoneOffset.UTC)))
                .header("Cache-Control", cacheControl)
                .header("Vary", "Accept-Language");
    }

    static boolean notModified(Conditions c, String etag, Instant modified) {
        if (c.ifNoneMatch() != null) {
            for (String tag : c.ifNoneMatch().split(",")) {
                String t = tag.trim();
                if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                    return true;
                }
            }
            return false;
        }
        if (c.ifModifiedSince() != null) {
            try {
                Instant since = ZonedDateTime.parse(c.ifModifiedSince().trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    static String etag(byte[] bytes) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 40) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
