package cn.tongpin.listing;

import cn.tongpin.persistence.Storable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * A field a list may be sorted by: its API name, its path in the query and how to read it from a
 * row (for the cursor). Only non-null columns are sortable, so keyset comparisons stay simple.
 */
public record Sortable<E>(String name, String path, Type type, Function<E, Object> accessor) {

    /** How a sort value travels inside a cursor. */
    public enum Type {
        STRING, TIMESTAMP, UUID, INTEGER, DATE;

        /**
         * The value a cursor carries. Anything we could not have written (a forged cursor) is an
         * IllegalArgumentException, also a value the database could not compare a column with.
         */
        Object parse(String text) {
            Object value = switch (this) {
                case STRING -> text;
                case TIMESTAMP -> OffsetDateTime.parse(text);
                case UUID -> java.util.UUID.fromString(text);
                case INTEGER -> Integer.valueOf(text);
                case DATE -> LocalDate.parse(text);
            };
            if (!storable(value)) {
                throw new IllegalArgumentException("not a value of a " + this + " column");
            }
            return value;
        }

        private static boolean storable(Object value) {
            if (value instanceof String text) {
                return Storable.text(text);
            }
            if (value instanceof OffsetDateTime time) {
                return Storable.time(time);
            }
            return !(value instanceof LocalDate date) || Storable.date(date);
        }

        String format(Object value) {
            if (value instanceof OffsetDateTime time) {
                return time.toInstant().toString();
            }
            return String.valueOf(value);
        }
    }

    public static <E> Sortable<E> of(String name, String path, Type type, Function<E, Object> accessor) {
        return new Sortable<>(name, path, type, accessor);
    }

    static <E> Sortable<E> id(Function<E, UUID> accessor) {
        return new Sortable<>("id", "e.id", Type.UUID, e -> accessor.apply(e));
    }
}
