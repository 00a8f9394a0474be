package cn.tongpin.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Token buckets kept in PostgreSQL: each take is one atomic upsert, so every instance of the service
 * sees the same bucket and a limit holds however many instances there are. A bucket holds one
 * minute's worth of requests and refills continuously.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /** Tokens the bucket has now: what it had plus what flowed in since, capped at its size. */
    private static final String AVAILABLE = "least(?::float8, b.tokens + greatest(0, extract(epoch from (now() - b.refilled_at)))::float8 * ?::float8)";
    private static final String TAKE = """
            insert into rate_limit_bucket as b (bucket_key, tokens, refilled_at, allowed)
            values (?, ?::float8 - 1, now(), true)
            on conflict (bucket_key) do update set
                allowed = %1$s >= 1,
                tokens = %1$s - case when %1$s >= 1 then 1 else 0 end,
                refilled_at = now()
            returning tokens, allowed
            """.formatted(AVAILABLE);
    private static final String PEEK = "select " + AVAILABLE + " from rate_limit_bucket b where b.bucket_key = ?";

    /** The answer for one request: whether it may pass and what the RateLimit headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RateLimitConfig config;

    private final MemoryBuckets memory = new MemoryBuckets();

    /** Takes one token from the bucket if there is one. */
    public Decision take(String bucket, int perMinute) {
        return config.store() == RateLimitConfig.Store.memory ? memory.take(bucket, perMinute) : takeInDatabase(bucket, perMinute);
    }

    /** How many tokens a bucket has, without taking one. */
    public Decision peek(String bucket, int perMinute) {
        return config.store() == RateLimitConfig.Store.memory ? memory.peek(bucket, perMinute) : peekInDatabase(bucket, perMinute);
    }

    Decision takeInDatabase(String bucket, int perMinute) {
        double capacity = perMinute;
        double perSecond = perMinute / 60.0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(TAKE)) {
            s.setString(1, bucket);
            s.setDouble(2, capacity);
            for (int i = 0; i < 3; i++) {
                s.setDouble(3 + 2 * i, capacity);
                s.setDouble(4 + 2 * i, perSecond);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Decision decision = decide(r.getBoolean(2), r.getDouble(1), perMinute);
                if (ThreadLocalRandom.current().nextInt(1000) == 0) {
                    sweep(c);
                }
                return decision;
            }
        } catch (SQLException e) {
            // Failing open: an outage of the limiter must not take the API down with it.
            LOG.warnf("Rate limit not applied (bucket store unavailable): %s", e.getMessage());
            return new Decision(true, perMinute, perMinute, 0, 0);
        }
    }

    Decision peekInDatabase(String bucket, int perMinute) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PEEK)) {
            s.setDouble(1, perMinute);
            s.setDouble(2, perMinute / 60.0);
            s.setString(3, bucket);
            try (ResultSet r = s.executeQuery()) {
                double tokens = r.next() ? r.getDouble(1) : perMinute;
                return decide(tokens >= 1, tokens, perMinute);
            }
        } catch (SQLException e) {
            LOG.warnf("Rate limit not checked (bucket store unavailable): %s", e.getMessage());
            return new Decision(true, perMinute, perMinute, 0, 0);
        }
    }

    static Decision decide(boolean allowed, double tokens, int perMinute) {
        double perSecond = perMinute / 60.0;
        long reset = (long) Math.ceil(Math.max(0, perMinute - tokens) / perSecond);
        long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        return new Decision(allowed, perMinute, (int) Math.max(0, Math.floor(tokens)), reset, retryAfter);
    }

    /** A bucket untouched for longer than it takes to refill is full, the same as no bucket at all. */
    private static void sweep(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "delete from rate_limit_bucket where refilled_at < now() - interval '1 hour'")) {
            s.executeUpdate();
        }
    }
}
