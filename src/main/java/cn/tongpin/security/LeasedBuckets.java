package cn.tongpin.security;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Token buckets an instance spends in memory and refills by leasing small batches of tokens from
 * the shared bucket (PostgreSQL), so that most requests are decided without waiting and one
 * database statement serves a batch of them. Leased tokens are usable for a short time only, so an
 * instance cannot hoard them; what it did not use goes back with its next lease. When an instance is
 * down to a quarter of a batch it leases the next batch ahead, in the background, so that a busy
 * caller's requests do not wait for leases. An instance holds at most a batch and a quarter per
 * bucket, so n instances together admit at most n × 1.25 batches over the limit.
 */
final class LeasedBuckets {

    /** The shared bucket: gives back {@code giveBack} tokens and takes up to {@code batch}, in one atomic step. */
    @FunctionalInterface
    interface SharedBucket {
        Lease lease(String key, int perMinute, int batch, int giveBack) throws SQLException;
    }

    /** What a lease got, and the tokens the shared bucket had left after it. */
    record Lease(int granted, double left) {
    }

    /** A lease is this share of a minute's requests. */
    private static final int SHARE = 20;
    private static final int MAX_BUCKETS = 100_000;

    private static final class Bucket {
        /** Held while leasing, so that an instance has one lease of a bucket in flight at a time. */
        final ReentrantLock leasing = new ReentrantLock();
        // The rest is guarded by the bucket's monitor, which is never held while waiting for the database.
        boolean leased;
        /** A lease ahead is under way or queued. */
        boolean refilling;
        int perMinute;
        /** Leased here and not used yet. */
        int tokens;
        long expiresAtNanos;
        double sharedLeft;
        long leasedAtNanos;
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final SharedBucket shared;
    private final LongSupplier nanoTime;
    private final long ttlNanos;
    private final int maxBatch;
    private final Executor refills;

    /** @param refills where leases ahead run (they wait for the database); never the event loop */
    LeasedBuckets(SharedBucket shared, LongSupplier nanoTime, Duration ttl, int maxBatch, Executor refills) {
        this.shared = shared;
        this.nanoTime = nanoTime;
        this.ttlNanos = ttl.toNanos();
        this.maxBatch = maxBatch;
        this.refills = refills;
    }

    /** Tokens one lease takes: a twentieth of the limit, at least one, at most {@code maxBatch}. */
    static int batch(int perMinute, int maxBatch) {
        return Math.max(1, Math.min(maxBatch, perMinute / SHARE));
    }

    /**
     * Takes a token when this instance can decide alone, without waiting: from tokens it leased, or a
     * refusal while the shared bucket is known to be empty. Null when only a lease can tell.
     */
    RateLimiter.Decision takeLocally(String key, int perMinute) {
        Bucket bucket = bucket(key);
        RateLimiter.Decision decision;
        boolean refill;
        synchronized (bucket) {
            decision = local(bucket, perMinute, true);
            refill = decision != null && decision.allowed() && runningLow(bucket);
            if (refill) {
                bucket.refilling = true;
            }
        }
        if (refill) {
            refills.execute(() -> leaseAhead(key, bucket));
        }
        return decision;
    }

    /** Down to a quarter of a batch, with no lease ahead under way (batches under 4 are not leased ahead). */
    private boolean runningLow(Bucket bucket) {
        int batch = batch(bucket.perMinute, maxBatch);
        return batch >= 4 && !bucket.refilling && bucket.tokens <= batch / 4;
    }

    /**
     * Leases the next batch while this instance still has tokens: adds it to them and starts their
     * time again. Skipped when a lease is in flight anyway; a failure leaves it to the next lease on
     * a request's path (which fails open).
     */
    private void leaseAhead(String key, Bucket bucket) {
        if (!bucket.leasing.tryLock()) {
            synchronized (bucket) {
                bucket.refilling = false;
            }
            return;
        }
        try {
            int perMinute;
            synchronized (bucket) {
                perMinute = bucket.perMinute;
            }
            Lease lease = shared.lease(key, perMinute, batch(perMinute, maxBatch), 0);
            synchronized (bucket) {
                if (bucket.perMinute == perMinute) {
                    long now = nanoTime.getAsLong();
                    bucket.tokens += lease.granted();
                    bucket.sharedLeft = lease.left();
                    bucket.leasedAtNanos = now;
                    bucket.expiresAtNanos = now + ttlNanos;
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the next lease on a request's path tries again
        } finally {
            synchronized (bucket) {
                bucket.refilling = false;
            }
            bucket.leasing.unlock();
        }
    }

    /** Like {@link #takeLocally} without taking the token. */
    RateLimiter.Decision peekLocally(String key, int perMinute) {
        Bucket bucket = bucket(key);
        synchronized (bucket) {
            return local(bucket, perMinute, false);
        }
    }

    /** Takes a token, leasing a batch from the shared bucket when this instance has none (blocking). */
    RateLimiter.Decision take(String key, int perMinute) throws SQLException {
        RateLimiter.Decision decision = takeLocally(key, perMinute);
        if (decision != null) {
            return decision;
        }
        Bucket bucket = bucket(key);
        bucket.leasing.lock();
        try {
            int giveBack;
            synchronized (bucket) {
                decision = local(bucket, perMinute, true); // another thread may have leased meanwhile
                if (decision != null) {
                    return decision;
                }
                giveBack = bucket.tokens;
                bucket.tokens = 0;
            }
            Lease lease = shared.lease(key, perMinute, batch(perMinute, maxBatch), giveBack);
            synchronized (bucket) {
                long now = nanoTime.getAsLong();
                bucket.leased = true;
                bucket.perMinute = perMinute;
                bucket.sharedLeft = lease.left();
                bucket.leasedAtNanos = now;
                bucket.expiresAtNanos = now + ttlNanos;
                bucket.tokens = Math.max(0, lease.granted() - 1);
                return decide(lease.granted() > 0, bucket, now);
            }
        } finally {
            bucket.leasing.unlock();
        }
    }

    private RateLimiter.Decision local(Bucket bucket, int perMinute, boolean take) {
        if (!bucket.leased || bucket.perMinute != perMinute) {
            return null;
        }
        long now = nanoTime.getAsLong();
        if (bucket.tokens > 0 && now - bucket.expiresAtNanos < 0) {
            if (take) {
                bucket.tokens--;
            }
            return decide(true, bucket, now);
        }
        // No other instance adds tokens to the shared bucket (but for the few it gives back), so until
        // the refill brings it to one token there is no need to ask.
        if (bucket.tokens == 0 && sharedNow(bucket, now) < 1) {
            return decide(false, bucket, now);
        }
        return null;
    }

    /** The RateLimit headers: what the shared bucket has by now (as far as this instance knows) plus its own tokens. */
    private static RateLimiter.Decision decide(boolean allowed, Bucket bucket, long now) {
        double tokens = Math.min(bucket.perMinute, sharedNow(bucket, now) + bucket.tokens);
        return RateLimiter.decide(allowed, tokens, bucket.perMinute);
    }

    private static double sharedNow(Bucket bucket, long now) {
        double refilled = (now - bucket.leasedAtNanos) / 1e9 * bucket.perMinute / 60.0;
        return Math.min(bucket.perMinute, bucket.sharedLeft + refilled);
    }

    private Bucket bucket(String key) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear(); // what was leased is lost, never more than a batch per bucket
        }
        return buckets.computeIfAbsent(key, k -> new Bucket());
    }
}
