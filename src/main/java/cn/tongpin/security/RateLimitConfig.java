package cn.tongpin.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Token-bucket limits: a bucket holds one minute's worth of requests and refills continuously. */
@ConfigMapping(prefix = "tongpin.rate-limit")
public interface RateLimitConfig {

    /** Switches every limit off (never in production). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Where buckets live: {@code database} (PostgreSQL; one limit for all instances together, one
     * small write per request) or {@code memory} (per instance: no database work, but with n
     * instances a caller may get up to n times its limit).
     */
    @WithDefault("database")
    Store store();

    enum Store {
        database, memory
    }

    /** Requests per minute of a client that has no limit of its own. */
    @WithDefault("600")
    int clientPerMinute();

    /** Requests per minute of one address reading the delivery API without a key. */
    @WithDefault("120")
    int anonymousPerMinute();

    /** Invalid keys one address may present per minute before it is answered 429 for a while. */
    @WithDefault("10")
    int badKeysPerMinute();
}
