package cn.tongpin.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Token-bucket limits: a bucket holds one minute's worth of requests and refills continuously. */
@ConfigMapping(prefix = "tongpin.rate-limit")
public interface RateLimitConfig {

    /** Switches every limit off (never in production). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Where buckets live: {@code leased} (the shared bucket in PostgreSQL, from which each instance
     * leases small batches of tokens and spends them in memory; with n instances a caller may get at
     * most n × 1.25 batches more than its limit), {@code database} (PostgreSQL only; exact across instances,
     * one small write per request) or {@code memory} (per instance: no database work, but with n
     * instances a caller may get up to n times its limit).
     */
    @WithDefault("leased")
    Store store();

    enum Store {
        leased, database, memory
    }

    /** Requests per minute of a client that has no limit of its own. */
    @WithDefault("600")
    int clientPerMinute();

    /** Requests per minute of one address reading the delivery API without a key. */
    @WithDefault("120")
    int anonymousPerMinute();

    /**
     * Requests without a key that one address may make per minute to paths that need one (each is
     * answered 401) before it is answered 429. Counted in each instance's memory.
     */
    @WithDefault("60")
    int refusedPerMinute();

    /** Invalid keys one address may present per minute before it is answered 429 for a while. */
    @WithDefault("10")
    int badKeysPerMinute();

    /**
     * With the leased store: how long tokens an instance leased stay usable there. Whatever is left
     * then goes back to the shared bucket with that instance's next lease of the same bucket.
     */
    @WithDefault("5s")
    Duration leaseTtl();

    /**
     * With the leased store: the most tokens one lease takes (a lease is a twentieth of the limit, at
     * least 1). Large enough that a busy client's leases are rare: while a lease is in flight, that
     * client's requests on this instance wait for it.
     */
    @WithDefault("1000")
    int leaseMaxBatch();
}
