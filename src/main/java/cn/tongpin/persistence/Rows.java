package cn.tongpin.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Native SQL through the transaction's {@link EntityManager}, and the values of its results whichever
 * Java type the driver and Hibernate chose for them. Set-based reads (delivery, search, sync) use it
 * to read one statement per relation and page, never one per row.
 */
public final class Rows {

    private Rows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> query(EntityManager em, String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<?> result = query.getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] array ? array : new Object[] { row });
        }
        return rows;
    }

    public static <T> Map<UUID, List<T>> grouped(List<Object[]> rows, Function<Object[], T> mapper) {
        Map<UUID, List<T>> groups = new LinkedHashMap<>();
        for (Object[] row : rows) {
            groups.computeIfAbsent(uuid(row[0]), k -> new ArrayList<>()).add(mapper.apply(row));
        }
        return groups;
    }

    public static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public static int integer(Object value) {
        return ((Number) value).intValue();
    }

    /** A {@code timestamptz} as UTC. */
    public static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime local) {
            return local.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a timestamp: " + value.getClass());
    }

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("Not a date: " + value.getClass());
    }

    /** Ids as a parameter list; never empty, so that {@code in (:ids)} stays valid SQL. */
    public static Collection<UUID> ids(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }
}
