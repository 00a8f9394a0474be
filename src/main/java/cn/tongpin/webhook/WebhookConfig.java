package cn.tongpin.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of webhooks (docs/webhooks.md). */
@ConfigMapping(prefix = "tongpin.webhooks")
public interface WebhookConfig {

    /**
     * The key (base64 of 32 bytes) that encrypts the signing secrets at rest. When unset, one is
     * generated into {@link #keyFile()} (mode 600). Several instances on one database need the same key.
     */
    Optional<String> encryptionKey();

    /** Where the generated key is kept; by default in the data folder. */
    Optional<String> keyFile();

    /**
     * Addresses (CIDR, e.g. 127.0.0.1/32 or 10.1.0.0/16) that targets may resolve to although they are
     * loopback, private, link-local or otherwise internal.
     */
    Optional<List<String>> allowedTargets();

    /** The waits before each retry; a delivery still failing after the last one is dead. */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** Each wait is made up to this share longer or shorter at random, so retries do not come in waves. */
    @WithDefault("0.2")
    double retryJitter();

    @WithDefault("5s")
    Duration connectTimeout();

    /** The whole request, until the response's status and first bytes are read. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How often due deliveries (retries, and those written by other instances) are looked for. */
    @WithDefault("1s")
    Duration sweepInterval();

    /** Deliveries claimed at once by one dispatcher. */
    @WithDefault("200")
    int batchSize();

    /** Requests in flight at once per instance. */
    @WithDefault("64")
    int concurrency();

    /** How long a claimed delivery is this instance's; one that died sending it leaves it to others after this. */
    @WithDefault("60s")
    Duration lease();

    /** A subscription whose deliveries keep failing this long is disabled. */
    @WithDefault("24h")
    Duration disableAfter();

    /** Delivered and dead deliveries, with their attempts, are removed after this. */
    @WithDefault("30d")
    Duration logKeptFor();

    /** How long the previous secret still signs after a rotation, when the rotation does not say. */
    @WithDefault("24h")
    Duration secretOverlap();
}
