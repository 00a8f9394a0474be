package cn.tongpin.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a PostgreSQL column can hold, for values that arrive from outside before they reach a query:
 * text without NUL, and timestamps and dates within PostgreSQL's range (4713 BC to 294276 AD).
 * Anything else makes the database refuse the whole statement.
 */
public final class Storable {

    private static final Instant EARLIEST = Instant.parse("-4712-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+294276-01-01T00:00:00Z");

    private Storable() {
    }

    public static boolean text(String value) {
        return value.indexOf('\u0000') < 0;
    }

    public static boolean time(OffsetDateTime value) {
        Instant instant = value.toInstant();
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
    }

    public static boolean date(LocalDate value) {
        return value.getYear() > -4712 && value.getYear() < 294276;
    }
}
