package cn.tongpin.listing;

import cn.tongpin.web.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the sort it belongs to and the sort values of the last row returned.
 * It is base64url text of unit-separated values; no one should build or read it but us.
 */
public record Cursor(String sort, List<String> values) {

    private static final char SEPARATOR = '\u001f';
    private static final int MAX_LENGTH = 2000;

    public String encode() {
        StringBuilder text = new StringBuilder("v1").append(SEPARATOR).append(sort);
        for (String value : values) {
            text.append(SEPARATOR).append(value);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded, String expectedSort, int expectedValues) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > MAX_LENGTH) {
            throw invalid();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        List<String> parts = split(text);
        if (parts.size() < 2 || !parts.get(0).equals("v1")) {
            throw invalid();
        }
        if (!parts.get(1).equals(expectedSort)) {
            throw ProblemException.badParameter("cursor", "belongs to another sort order; start again without a cursor");
        }
        List<String> values = parts.subList(2, parts.size());
        if (values.size() != expectedValues) {
            throw invalid();
        }
        return new Cursor(expectedSort, List.copyOf(values));
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == SEPARATOR) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    static ProblemException invalid() {
        return ProblemException.badParameter("cursor", "is not a cursor this API gave out");
    }
}
