package cn.tongpin.web;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Refuses query parameters an endpoint does not know, so that a typo never goes unnoticed. */
public final class QueryParams {

    private static final String DELIVERY_KEY = "key";
    /** Where content keys may come as ?key= (see ApiKeyAuthenticationMechanism): the delivery API and the widget's data. */
    private static final List<String> KEYED_ROOTS = List.of("/content/v1/", "/embed/v1/");

    private QueryParams() {
    }

    public static void allowOnly(UriInfo uri, Set<String> allowed) {
        var params = uri.getQueryParameters();
        TreeSet<String> unknown = new TreeSet<>();
        for (var entry : params.entrySet()) {
            if (entry.getKey().equals(DELIVERY_KEY) && KEYED_ROOTS.stream().anyMatch(uri.getPath()::startsWith)) {
                // A content key sent as ?key= by readers that cannot set headers; the security layer reads it.
                continue;
            }
            if (!allowed.contains(entry.getKey())) {
                unknown.add(entry.getKey());
            } else if (entry.getValue().size() > 1) {
                throw ProblemException.badParameter(entry.getKey(), "must be given once");
            }
        }
        if (!unknown.isEmpty()) {
            String first = Texts.abbreviate(unknown.first(), 60);
            throw ProblemException.badRequest("Unknown query parameter '" + first + "'; allowed: "
                    + String.join(", ", new TreeSet<>(allowed)),
                    unknown.stream().map(n -> new FieldError(Texts.abbreviate(n, 60), "unknown parameter")).toList());
        }
    }

    /**
     * The first parameter of a raw query string that is not percent-encoded UTF-8 or holds text no
     * channel can carry ({@link TextRules#carriable}), or null when all are fine. One rule for every
     * parameter of every endpoint, applied before any of them reads its parameters.
     */
    public static FieldError uncarriable(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            String shown = name == null ? "?" : Texts.abbreviate(name, 60);
            if (name == null || value == null) {
                return new FieldError(shown, "must be percent-encoded UTF-8");
            }
            if (!TextRules.carriable(name) || !TextRules.carriable(value)) {
                return new FieldError(shown, TextRules.CARRIABLE_MESSAGE);
            }
        }
        return null;
    }

    /** Percent-decodes strictly: null for a broken escape or bytes that are not UTF-8. */
    private static String decode(String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                        || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x100) {
                // HTTP/1 request lines arrive as bytes, one char each: raw UTF-8 is decoded below like escapes.
                bytes.write(c);
            } else {
                byte[] raw = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** An RFC 3339 timestamp parameter, or null when absent; anything else is a 400 naming it. */
    public static OffsetDateTime time(String text, String name) {
        if (text == null) {
            return null;
        }
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(name, "must be an RFC 3339 timestamp with offset, e.g. 2025-10-11T00:00:00+08:00");
        }
        if (!TimeRange.storable(time)) {
            throw ProblemException.badParameter(name, TimeRange.MESSAGE);
        }
        return time;
    }

    /** One of an enumeration's names, or null when absent; anything else is a 400 listing them. */
    public static <E extends Enum<E>> E enumeration(Class<E> type, String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "must be one of " + List.of(type.getEnumConstants()));
        }
    }
}
