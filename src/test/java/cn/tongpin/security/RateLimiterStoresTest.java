package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Json;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The bucket stores answer alike; the database keeps the bucket where every instance sees it, and
 * instances that lease from it stay together within the limit plus a batch each.
 */
@QuarkusTest
class RateLimiterStoresTest {

    @Inject
    RateLimiter limiter;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void databaseBucketShouldBeSharedStateInPostgres() throws Exception {
        String bucket = Json.unique("test-bucket");
        for (int remaining = 2; remaining >= 0; remaining--) {
            RateLimiter.Decision decision = limiter.takeInDatabase(bucket, 3);
            assertTrue(decision.allowed());
            assertEquals(remaining, decision.remaining());
        }
        assertFalse(limiter.takeInDatabase(bucket, 3).allowed());
        assertFalse(limiter.peekInDatabase(bucket, 3).allowed());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select tokens, allowed from rate_limit_bucket where bucket_key = ?")) {
            s.setString(1, bucket);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the bucket is a row any instance reads");
                assertTrue(r.getDouble(1) < 1);
                assertFalse(r.getBoolean(2));
            }
        }
    }

    @Test
    void memoryBucketShouldAnswerLikeTheDatabaseOne() {
        MemoryBuckets memory = new MemoryBuckets();
        String bucket = Json.unique("memory-bucket");
        assertTrue(memory.peek(bucket, 2).allowed());
        assertEquals(1, memory.take(bucket, 2).remaining());
        assertEquals(0, memory.take(bucket, 2).remaining());
        RateLimiter.Decision refused = memory.take(bucket, 2);
        assertFalse(refused.allowed());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 30);
        assertTrue(memory.take(Json.unique("other"), 2).allowed());
    }

    @Test
    void twoInstancesLeasingFromOneBucketShouldNotTogetherExceedTheLimitPlusWhatTheyHold() throws Exception {
        String bucket = Json.unique("leased-bucket");
        int perMinute = 200;
        int batch = LeasedBuckets.batch(perMinute, 50);
        int held = batch + batch / 4; // a batch, and the next one leased ahead at a quarter
        // This instance's limiter (the leased store is the default) and a second instance on the same database.
        LeasedBuckets other = new LeasedBuckets(limiter::leaseInDatabase, System::nanoTime, Duration.ofSeconds(5), 50, Runnable::run);
        AtomicInteger admitted = new AtomicInteger();
        Callable<Void> first = () -> spend(() -> limiter.takeWithoutWaiting(bucket, perMinute),
                () -> limiter.take(bucket, perMinute), admitted);
        Callable<Void> second = () -> spend(() -> other.takeLocally(bucket, perMinute),
                () -> other.take(bucket, perMinute), admitted);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> done : pool.invokeAll(List.of(first, second))) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        double refilled = (System.nanoTime() - started) / 1e9 * perMinute / 60.0;
        assertTrue(admitted.get() <= perMinute + 2 * held + Math.ceil(refilled),
                admitted + " admitted, " + refilled + " tokens refilled meanwhile");
        assertTrue(admitted.get() >= perMinute - 2 * held, "at most what the two instances hold is unused: " + admitted);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select tokens from rate_limit_bucket where bucket_key = ?")) {
            s.setString(1, bucket);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertTrue(r.getDouble(1) < 1 + refilled, "the shared bucket is spent: " + r.getDouble(1));
            }
        }
    }

    private interface Take {
        RateLimiter.Decision take() throws Exception;
    }

    /** 400 requests to one instance: decided without waiting when it can, else with a lease. */
    private static Void spend(Take withoutWaiting, Take waiting, AtomicInteger admitted) throws Exception {
        for (int i = 0; i < 400; i++) {
            RateLimiter.Decision decision = withoutWaiting.take();
            if ((decision != null ? decision : waiting.take()).allowed()) {
                admitted.incrementAndGet();
            }
        }
        return null;
    }
}
