package cn.tongpin.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The same token buckets as the database keeps, in this instance's memory only. */
final class MemoryBuckets implements TokenBuckets {

    private static final int MAX_BUCKETS = 100_000;

    private static final class Bucket {
        double tokens;
        long refilledAtNanos;
    }

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Memory never makes anyone wait. */
    @Override
    public RateLimiter.Decision takeWithoutWaiting(String key, int perMinute) {
        return take(key, perMinute);
    }

    @Override
    public RateLimiter.Decision take(String key, int perMinute) {
        return use(key, perMinute, true);
    }

    @Override
    public RateLimiter.Decision peek(String key, int perMinute) {
        return use(key, perMinute, false);
    }

    private RateLimiter.Decision use(String key, int perMinute, boolean take) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear(); // a full bucket is the same as no bucket; only recent callers lose their debt
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> {
            Bucket fresh = new Bucket();
            fresh.tokens = perMinute;
            fresh.refilledAtNanos = System.nanoTime();
            return fresh;
        });
        synchronized (bucket) {
            long now = System.nanoTime();
            double available = Math.min(perMinute, bucket.tokens + (now - bucket.refilledAtNanos) / 1e9 * perMinute / 60.0);
            boolean allowed = available >= 1;
            bucket.tokens = take && allowed ? available - 1 : available;
            bucket.refilledAtNanos = now;
            return RateLimiter.decide(allowed, bucket.tokens, perMinute);
        }
    }
}
