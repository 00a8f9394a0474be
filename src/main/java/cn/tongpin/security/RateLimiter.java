package cn.tongpin.security;

import cn.tongpin.persistence.OwnConnection;
import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * The rate limits' token buckets, kept where the setting says ({@link TokenBuckets}, which also says
 * why there are three stores and why not Bucket4j): leased from PostgreSQL in batches (the default),
 * in PostgreSQL only, or in this instance's memory. In PostgreSQL every take or lease is one atomic
 * upsert, so every instance sees the same bucket. A bucket holds one minute's worth of requests and
 * refills continuously. The statements run with raw JDBC on a connection of their own in
 * auto-commit mode ({@link OwnConnection}): a take counts the moment it is made, whatever becomes of
 * the request, and an unavailable store fails open on the SQLException instead of failing a
 * transaction.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final long STORE_BACKOFF_NANOS = 1_000_000_000L;
    private static volatile long failedAtNanos = System.nanoTime() - 2 * STORE_BACKOFF_NANOS;
    /** Tokens the bucket has now: what it had plus what flowed in since, capped at its size. */
    private static final String AVAILABLE = "least(?::float8, b.tokens + greatest(0, extract(epoch from (now() - b.refilled_at)))::float8 * ?::float8)";
    /** Gives back unused tokens, then takes up to a batch of whole tokens (a take is a batch of one). */
    private static final String LEASE = """
            insert into rate_limit_bucket as b (bucket_key, tokens, refilled_at, allowed, granted)
            values (?, ?::float8 - ?, now(), true, ?)
            on conflict (bucket_key) do update set (tokens, granted, allowed, refilled_at) = (
                select available - granted, granted, available >= 1, now()
                from (select available, least(?, floor(available))::int as granted
                      from (select least(?::float8, b.tokens + ?::float8
                                + greatest(0, extract(epoch from (now() - b.refilled_at)))::float8 * ?::float8) as available) a) g)
            returning tokens, granted
            """;
    private static final String PEEK = "select " + AVAILABLE + " from rate_limit_bucket b where b.bucket_key = ?";

    /** The answer for one request: whether it may pass and what the RateLimit headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long retryAfterSeconds) {
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RateLimitConfig config;

    private final MemoryBuckets memory = new MemoryBuckets();
    private TokenBuckets store;

    @PostConstruct
    void init() {
        store = switch (config.store()) {
            case memory -> memory;
            case leased -> leased(new LeasedBuckets(this::leaseInDatabase, System::nanoTime, config.leaseTtl(),
                    config.leaseMaxBatch(), Infrastructure.getDefaultWorkerPool()));
            case database -> new TokenBuckets() {
                @Override
                public Decision takeWithoutWaiting(String bucket, int perMinute) {
                    return null;
                }

                @Override
                public Decision take(String bucket, int perMinute) {
                    return takeInDatabase(bucket, perMinute);
                }

                @Override
                public Decision peek(String bucket, int perMinute) {
                    return peekInDatabase(bucket, perMinute);
                }
            };
        };
    }

    /** Tokens leased from the shared bucket; what the lease cannot tell locally is asked of the database. */
    private TokenBuckets leased(LeasedBuckets leased) {
        return new TokenBuckets() {
            @Override
            public Decision takeWithoutWaiting(String bucket, int perMinute) {
                return leased.takeLocally(bucket, perMinute);
            }

            @Override
            public Decision take(String bucket, int perMinute) {
                return failingOpen(() -> leased.take(bucket, perMinute), perMinute);
            }

            @Override
            public Decision peek(String bucket, int perMinute) {
                Decision local = leased.peekLocally(bucket, perMinute);
                return local != null ? local : peekInDatabase(bucket, perMinute);
            }
        };
    }

    /**
     * Takes one token when this instance can decide without waiting (buckets in memory, tokens it
     * leased, a bucket known to be empty); null when only the database can tell.
     */
    public Decision takeWithoutWaiting(String bucket, int perMinute) {
        return store.takeWithoutWaiting(bucket, perMinute);
    }

    /**
     * Takes one token from a bucket kept in this instance's memory whatever the store: for limits
     * that bound what a caller costs this instance (refusals), where n instances admitting n times
     * the limit is what is wanted, and where no request may wait for the database.
     */
    public Decision takeOnThisInstance(String bucket, int perMinute) {
        return memory.take(bucket, perMinute);
    }

    /** Takes one token from the bucket if there is one; may wait for the database. */
    public Decision take(String bucket, int perMinute) {
        return store.take(bucket, perMinute);
    }

    /** How many tokens a bucket has, without taking one. */
    public Decision peek(String bucket, int perMinute) {
        return store.peek(bucket, perMinute);
    }

    Decision takeInDatabase(String bucket, int perMinute) {
        return failingOpen(() -> {
            LeasedBuckets.Lease lease = leaseInDatabase(bucket, perMinute, 1, 0);
            return decide(lease.granted() > 0, lease.left(), perMinute);
        }, perMinute);
    }

    /** One atomic statement: gives {@code giveBack} tokens back to the shared bucket and takes up to {@code batch}. */
    LeasedBuckets.Lease leaseInDatabase(String bucket, int perMinute, int batch, int giveBack) throws SQLException {
        return OwnConnection.autocommit(dataSource, c -> lease(c, bucket, perMinute, batch, giveBack));
    }

    private static LeasedBuckets.Lease lease(Connection c, String bucket, int perMinute, int batch, int giveBack)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LEASE)) {
            s.setString(1, bucket);
            s.setDouble(2, perMinute);
            s.setInt(3, batch);
            s.setInt(4, batch);
            s.setInt(5, batch);
            s.setDouble(6, perMinute);
            s.setDouble(7, giveBack);
            s.setDouble(8, perMinute / 60.0);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                LeasedBuckets.Lease lease = new LeasedBuckets.Lease(r.getInt(2), r.getDouble(1));
                if (ThreadLocalRandom.current().nextInt(1000) == 0) {
                    sweep(c);
                }
                return lease;
            }
        }
    }

    Decision peekInDatabase(String bucket, int perMinute) {
        return failingOpen(() -> OwnConnection.autocommit(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(PEEK)) {
                s.setDouble(1, perMinute);
                s.setDouble(2, perMinute / 60.0);
                s.setString(3, bucket);
                try (ResultSet r = s.executeQuery()) {
                    double tokens = r.next() ? r.getDouble(1) : perMinute;
                    return decide(tokens >= 1, tokens, perMinute);
                }
            }
        }), perMinute);
    }

    private interface BucketWork {
        Decision run() throws SQLException;
    }

    /**
     * An outage of the bucket store must not take the API down with it: the request passes. For a
     * moment after a failure the store is not asked at all, so that a request during an outage does
     * not spend its time on a connection that will not come before the one its answer needs.
     */
    private static Decision failingOpen(BucketWork work, int perMinute) {
        if (System.nanoTime() - failedAtNanos < STORE_BACKOFF_NANOS) {
            return open(perMinute);
        }
        try {
            return work.run();
        } catch (SQLException e) {
            failedAtNanos = System.nanoTime();
            LOG.warnf("Rate limit not applied (bucket store unavailable): %s", e.getMessage());
            return open(perMinute);
        }
    }

    private static Decision open(int perMinute) {
        return new Decision(true, perMinute, perMinute, 0, 0);
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
