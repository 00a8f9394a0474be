package cn.tongpin.web.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The one ETag format of cached answers and the one parser of the headers that carry ETags.
 *
 * <p>An answer's ETag is the SHA-256 of the exact bytes sent, in hex, as a strong entity-tag
 * ({@code "9f86d0…"}): the same value that assets and WeChat renditions store, so those need no
 * second hash. The management API's ETags are versions ({@code "3"}, see {@code Preconditions}).
 */
public final class ETags {

    /** Any current representation, as If-None-Match and If-Match allow. */
    public static final String ANY = "*";

    private ETags() {
    }

    /** The strong ETag of a body. */
    public static String of(byte[] bytes) {
        return ofSha256(sha256Hex(bytes));
    }

    /** The strong ETag of a body, written as UTF-8. */
    public static String of(String body) {
        return of(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The strong ETag of a body whose SHA-256 (hex) is known already. */
    public static String ofSha256(String sha256Hex) {
        return "\"" + sha256Hex + "\"";
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The entity-tags of an If-None-Match, If-Match or If-Range value, as written ({@code W/"x"} stays
     * weak), or a list with {@link #ANY} alone. A comma may appear inside a quoted tag. Anything that
     * is not an entity-tag is skipped, so a malformed header matches nothing.
     */
    public static List<String> parse(String header) {
        List<String> tags = new ArrayList<>();
        if (header == null) {
            return tags;
        }
        String text = header.trim();
        if (text.equals(ANY)) {
            tags.add(ANY);
            return tags;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            int start = i;
            if (text.startsWith("W/", i)) {
                i += 2;
            }
            if (i < n && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    break;
                }
                tags.add(text.substring(start, close + 1));
                i = close + 1;
            } else {
                // Not an entity-tag: skip to the next element of the list.
                int comma = text.indexOf(',', i);
                i = comma < 0 ? n : comma + 1;
            }
        }
        return tags;
    }

    public static boolean isWeak(String tag) {
        return tag.startsWith("W/");
    }

    /** Weak comparison (RFC 9110 §8.8.3.2): the opaque parts are equal, weak or not. */
    public static boolean weakMatch(String a, String b) {
        return opaque(a).equals(opaque(b));
    }

    /** Strong comparison: both strong and equal, as If-Range and If-Match ask for. */
    public static boolean strongMatch(String a, String b) {
        return !isWeak(a) && !isWeak(b) && a.equals(b);
    }

    private static String opaque(String tag) {
        return isWeak(tag) ? tag.substring(2) : tag;
    }
}
