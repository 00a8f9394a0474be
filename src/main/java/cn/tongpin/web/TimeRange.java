package cn.tongpin.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The times the service takes: RFC 3339's four-digit years, 0001 to 9999, in the caller's offset and
 * in UTC. Java parses years up to ±999,999,999; PostgreSQL stores 4713 BC to 294276 AD; this rule
 * keeps every accepted time storable and comparable.
 */
public final class TimeRange {

    public static final String MESSAGE = "must lie between the years 0001 and 9999";

    private TimeRange() {
    }

    public static boolean storable(OffsetDateTime time) {
        return time == null || (inRange(time.getYear()) && inRange(time.withOffsetSameInstant(ZoneOffset.UTC).getYear()));
    }

    public static boolean storable(LocalDate date) {
        return date == null || inRange(date.getYear());
    }

    private static boolean inRange(int year) {
        return year >= 1 && year <= 9999;
    }
}
