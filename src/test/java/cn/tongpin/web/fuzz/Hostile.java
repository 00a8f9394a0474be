package cn.tongpin.web.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One hostile value, in each form it can travel: a JSON fragment for a body field (raw bytes, so
 * that invalid UTF-8 can be sent), percent-encoded text for a query or path, and a header value.
 * A form that cannot carry the value is null, and the value is not sent that way.
 */
public record Hostile(Kind kind, String label, byte[] json, String query, String header) {

    private static final String COMBINING = "\u0301";

    /** Every hostile value the walk knows, in a fixed order (the walk samples from it with a seed). */
    public static List<Hostile> catalogue() {
        List<Hostile> all = new ArrayList<>();
        all.add(text(Kind.WRONG_TYPE, "number", "12345", "12345"));
        all.add(raw(Kind.WRONG_TYPE, "boolean", "true", "true"));
        all.add(raw(Kind.WRONG_TYPE, "object", "{\"a\":1}", "%7B%22a%22%3A1%7D"));
        all.add(raw(Kind.WRONG_TYPE, "array", "[\"x\",1]", "%5B%22x%22%5D"));
        all.add(raw(Kind.WRONG_TYPE, "float", "1.5", "1.5"));
        all.add(raw(Kind.WRONG_TYPE, "NaN", "\"NaN\"", "NaN"));
        all.add(raw(Kind.EMPTY, "null", "null", ""));
        all.add(string(Kind.EMPTY, "empty", ""));
        all.add(string(Kind.EMPTY, "blank", "   "));
        all.add(raw(Kind.HUGE_NUMBER, "1e400", "1e400", "1e400"));
        all.add(raw(Kind.HUGE_NUMBER, "26 digits", "99999999999999999999999999", "99999999999999999999999999"));
        all.add(raw(Kind.HUGE_NUMBER, "long max+1", "9223372036854775808", "9223372036854775808"));
        all.add(raw(Kind.NEGATIVE, "-1", "-1", "-1"));
        all.add(raw(Kind.NEGATIVE, "int min-1", "-2147483649", "-2147483649"));
        all.add(raw(Kind.NEGATIVE, "zero", "0", "0"));
        all.add(string(Kind.TIMESTAMP_RANGE, "julian day 0", "-4713-01-01T00:00:00Z"));
        all.add(string(Kind.TIMESTAMP_RANGE, "year 999999999", "+999999999-12-31T23:59:59Z"));
        all.add(string(Kind.TIMESTAMP_RANGE, "year 0", "0000-01-01T00:00:00Z"));
        all.add(string(Kind.TIMESTAMP_RANGE, "year 300000", "+300000-01-01"));
        all.add(string(Kind.BAD_DATE, "30 February", "2025-02-30T10:00:00Z"));
        all.add(string(Kind.BAD_DATE, "hour 25", "2025-01-01T25:61:00+08:00"));
        all.add(string(Kind.BAD_DATE, "offset 25h", "2025-01-01T10:00:00+25:00"));
        all.add(string(Kind.NUL, "NUL inside", "a\u0000b"));
        all.add(string(Kind.NUL, "NUL alone", "\u0000"));
        all.add(string(Kind.C0_CONTROL, "C0", "a\u0001\u001b[31mb\u007f"));
        all.add(string(Kind.C0_CONTROL, "line breaks", "a\r\nb\u000bc"));
        all.add(string(Kind.C1_CONTROL, "C1", "a\u0085\u009bb"));
        all.add(string(Kind.NONCHARACTER, "U+FFFE U+FFFF", "a\uFFFE\uFFFFb"));
        all.add(string(Kind.NONCHARACTER, "U+FDD0", "\uFDD0"));
        all.add(new Hostile(Kind.LONE_SURROGATE, "high surrogate", ascii("\"a\\ud800b\""), "a%ED%A0%80b", null));
        all.add(new Hostile(Kind.LONE_SURROGATE, "low surrogate", ascii("\"\\udc00\""), "%ED%B0%80", null));
        all.add(new Hostile(Kind.INVALID_UTF8, "C3 28", bytes('"', 'a', 0xC3, 0x28, 'b', '"'), "a%C3%28b", null));
        all.add(new Hostile(Kind.INVALID_UTF8, "FF", bytes('"', 0xFF, 0xFE, '"'), "%FF", null));
        all.add(new Hostile(Kind.INVALID_UTF8, "overlong slash", bytes('"', 0xC0, 0xAF, '"'), "%C0%AF", null));
        // In a URL the long values stay under the request line limit (4 KB), so that they reach the service.
        all.add(new Hostile(Kind.COMBINING_MARKS, "10000 combining marks", json("a" + COMBINING.repeat(10_000)),
                percent("a" + COMBINING.repeat(300)), "a" + COMBINING.repeat(2000)));
        all.add(new Hostile(Kind.COMBINING_MARKS, "leading 1000 marks", json(COMBINING.repeat(1000) + "文"),
                percent(COMBINING.repeat(500) + "文"), null));
        all.add(new Hostile(Kind.LONG, "3000 characters", json("长".repeat(3000)), percent("长".repeat(300)), "长".repeat(3000)));
        all.add(new Hostile(Kind.LONG, "long slug-like", json("a-".repeat(1500)), "a-".repeat(1500), "a-".repeat(1500)));
        // Over every limit: the request line (414), the field's length and the header block (431). Not
        // much over, in a URL: the service answers 414 after 4 KB and closes, so a client still writing
        // a larger line would only see a broken pipe.
        all.add(new Hostile(Kind.HUGE, "8 KB in a URL, 200 KB in a body", json("文".repeat(70_000)), "x".repeat(8 * 1024),
                "x".repeat(32 * 1024)));
        all.add(raw(Kind.DEEP_NESTING, "10000 arrays", "[".repeat(10_000) + "]".repeat(10_000), "%5B".repeat(1000)));
        all.add(raw(Kind.DEEP_NESTING, "2000 objects", "{\"a\":".repeat(2000) + "1" + "}".repeat(2000), null));
        for (String cursor : Cursors.forged()) {
            all.add(new Hostile(Kind.FORGED_CURSOR, "cursor " + Texts.shorten(cursor), json(cursor), percent(cursor), cursor));
        }
        all.add(string(Kind.SQL_TEXT, "quote or", "' or '1'='1' --"));
        all.add(string(Kind.SQL_TEXT, "drop", "1; drop table article; --"));
        all.add(string(Kind.SQL_TEXT, "like wildcards", "%_\\%"));
        all.add(string(Kind.SQL_TEXT, "tsquery", "!&|():*<-> '"));
        all.add(string(Kind.HTML_TEXT, "script", "<script>alert(1)</script>"));
        all.add(string(Kind.HTML_TEXT, "img onerror", "\"><img src=x onerror=alert(1)>"));
        all.add(string(Kind.HTML_TEXT, "cdata end", "]]></title><x>&amp;&#0;&#xFFFF;"));
        all.add(string(Kind.ODD_UNICODE, "bidi and zero width", "\u202Eabc\u200B\u2066\uFEFF"));
        all.add(string(Kind.ODD_UNICODE, "astral", "😀𠀀\uD83D\uDE00"));
        all.add(string(Kind.ODD_UNICODE, "traversal", "../../etc/passwd"));
        all.add(string(Kind.ODD_UNICODE, "percent and slash", "a/b%2Fc?d#e&f=g"));
        return List.copyOf(all);
    }

    private static Hostile string(Kind kind, String label, String value) {
        boolean headerSafe = value.chars().noneMatch(c -> c == '\r' || c == '\n') && value.length() < 8000;
        return new Hostile(kind, label, json(value), percent(value), headerSafe ? value : null);
    }

    private static Hostile text(Kind kind, String label, String jsonText, String value) {
        return new Hostile(kind, label, ascii(jsonText), percent(value), value);
    }

    private static Hostile raw(Kind kind, String label, String jsonText, String query) {
        return new Hostile(kind, label, jsonText.getBytes(StandardCharsets.UTF_8), query, query == null ? null : jsonText);
    }

    static byte[] json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every byte that is not unreserved is escaped, so the value reaches the service exactly. */
    public static String percent(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int v : values) {
            out.write(v);
        }
        return out.toByteArray();
    }

    /** Cursors nobody gave out: garbage, wrong versions, and well-formed ones carrying hostile values. */
    static final class Cursors {

        private static final String SEP = "\u001f";

        static List<String> forged() {
            List<String> cursors = new ArrayList<>();
            cursors.add("not a cursor!");
            cursors.add("=====");
            cursors.add(b64("v2" + SEP + "x"));
            cursors.add(b64("v1"));
            cursors.add(Base64.getEncoder().encodeToString(new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 1 }));
            for (String sort : List.of("-publishedAt", "-startsAt", "name")) {
                cursors.add(b64("v1" + SEP + sort + SEP + "-4713-01-01T00:00:00Z" + SEP + "00000000-0000-0000-0000-000000000000"));
                cursors.add(b64("v1" + SEP + sort + SEP + "+999999999-12-31T23:59:59Z" + SEP + "not-a-uuid"));
                cursors.add(b64("v1" + SEP + sort + SEP + "a\u0000b" + SEP + "00000000-0000-0000-0000-000000000000"));
                cursors.add(b64("v1" + SEP + sort + SEP + "99999999999999999999" + SEP + "1e400"));
            }
            cursors.add(b64("v1" + SEP + "-publishedAt" + SEP + "x".repeat(1400)));
            return cursors;
        }

        private static String b64(String text) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Short labels for the summary. */
    static final class Texts {

        static String shorten(String text) {
            String clean = text.replaceAll("\\p{Cntrl}", "?");
            return clean.length() > 24 ? clean.substring(0, 24) + "…" : clean;
        }
    }
}
