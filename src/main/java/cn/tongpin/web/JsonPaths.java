package cn.tongpin.web;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

/** Names the field a Jackson error is about, as a JSON path like {@code positions[0].title}. */
final class JsonPaths {

    private JsonPaths() {
    }

    static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Texts.abbreviate(ref.getFieldName(), 60));
            }
        }
        return path.toString();
    }

    /** Jackson's refusal of a second document or other tokens after the body (FAIL_ON_TRAILING_TOKENS). */
    static boolean isTrailing(MismatchedInputException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token");
    }

    /** The parser's refusal of a key given twice in one object (STRICT_DUPLICATE_DETECTION). */
    static boolean isDuplicate(StreamReadException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field");
    }

    /** Where the parser stood when it failed, as a JSON path; "$" at the top. */
    static String atParser(StreamReadException e) {
        if (e.getProcessor() == null || e.getProcessor().getParsingContext() == null) {
            return "$";
        }
        StringBuilder path = new StringBuilder();
        for (JsonPointer p = e.getProcessor().getParsingContext().pathAsPointer(); p != null && !p.matches(); p = p.tail()) {
            String segment = p.getMatchingProperty();
            if (p.getMatchingIndex() >= 0) {
                path.append('[').append(p.getMatchingIndex()).append(']');
            } else {
                path.append(path.length() > 0 ? "." : "").append(Texts.abbreviate(segment, 60));
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == OffsetDateTime.class) {
            return "an RFC 3339 timestamp with offset, e.g. 2026-10-11T09:30:00+08:00";
        }
        if (type == LocalDate.class) {
            return "a date, e.g. 2021-03-01";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(constants[i].toString());
            }
            return values.toString();
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
