package cn.tongpin.security;

/**
 * Where the rate limits' token buckets are kept: the one interface the access filter and the key
 * check see ({@link RateLimiter} picks the store once, from {@code tongpin.rate-limit.store}). There
 * are three because each one is the right one somewhere:
 * <ul>
 * <li>{@code leased} (default): the bucket is shared in PostgreSQL and each instance leases a batch
 * of tokens (a twentieth of the limit) that it spends in memory, so most requests are decided on the
 * event loop without a database round trip, and n instances admit at most n × 1.25 batches over a
 * limit (about 6 % of it per instance).</li>
 * <li>{@code database}: one atomic upsert per request; exact across any number of instances, for
 * deployments that want no over-admission at all and can pay a write per request.</li>
 * <li>{@code memory}: per instance, no database work; a single instance (or one that accepts n times
 * the limit), and tests.</li>
 * </ul>
 * Why not (yet) Bucket4j ({@code com.bucket4j:bucket4j_jdk17-postgresql}, which resolves here): its
 * PostgreSQL proxy managers (select … for update or advisory lock) run a locking transaction on the
 * request's path for every request, the {@code database} store's cost or more; only with its
 * optimisations (batching of concurrent requests, delaying or predicting synchronisation) does it
 * save round trips, and then it over-admits by what their parameters allow. Whether a configuration
 * exists that matches the leased store (decided on the event loop while tokens are held, unused
 * tokens given back, at most a batch and a quarter over per instance, failing open while the
 * database is down) needs the delivery benchmark (docs/benchmarks.md) run against both; that was
 * not done. Until it is, the stores stay as they are, behind this interface, where a Bucket4j store
 * would be a fourth implementation.
 */
interface TokenBuckets {

    /** Takes a token when the store can decide without waiting (memory, leased tokens); null when it cannot. */
    RateLimiter.Decision takeWithoutWaiting(String bucket, int perMinute);

    /** Takes a token; may wait for the database. */
    RateLimiter.Decision take(String bucket, int perMinute);

    /** How many tokens the bucket has, without taking one. */
    RateLimiter.Decision peek(String bucket, int perMinute);
}
