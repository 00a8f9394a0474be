package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leasing from a shared bucket, spending in memory; time is a counter the tests move. */
class LeasedBucketsTest {

    private static final Duration TTL = Duration.ofSeconds(5);
    /** Most tests look at leases on a request's path; leases ahead are queued here and never run. */
    private static final java.util.concurrent.Executor NO_LEASES_AHEAD = task -> {
    };

    /** The shared bucket as PostgreSQL keeps it, on the same clock. */
    static final class SharedBucket implements LeasedBuckets.SharedBucket {
        final Clock clock;
        double tokens = Double.NaN;
        long refilledAt;
        final List<Integer> givenBack = new ArrayList<>();

        SharedBucket(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized LeasedBuckets.Lease lease(String key, int perMinute, int batch, int giveBack) {
            long now = clock.nanos;
            double available = Double.isNaN(tokens) ? perMinute
                    : Math.min(perMinute, tokens + giveBack + (now - refilledAt) / 1e9 * perMinute / 60.0);
            int granted = (int) Math.min(batch, Math.floor(available));
            tokens = available - granted;
            refilledAt = now;
            givenBack.add(giveBack);
            return new LeasedBuckets.Lease(granted, tokens);
        }

        int leases() {
            return givenBack.size();
        }
    }

    static final class Clock {
        long nanos = 1_000_000_000L;

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    private final Clock clock = new Clock();
    private final SharedBucket shared = new SharedBucket(clock);

    private LeasedBuckets instance() {
        return new LeasedBuckets(shared, () -> clock.nanos, TTL, 50, NO_LEASES_AHEAD);
    }

    @Test
    void shouldLeaseATwentiethOfTheLimitAtLeastOneAtMostTheCap() {
        assertEquals(30, LeasedBuckets.batch(600, 50));
        assertEquals(6, LeasedBuckets.batch(120, 50));
        assertEquals(1, LeasedBuckets.batch(10, 50));
        assertEquals(1, LeasedBuckets.batch(1, 50));
        assertEquals(50, LeasedBuckets.batch(100_000, 50));
    }

    @Test
    void shouldSpendALeasedBatchWithoutAskingTheSharedBucket() throws Exception {
        LeasedBuckets buckets = instance();
        assertNull(buckets.takeLocally("k", 600), "nothing leased yet: only a lease can tell");
        RateLimiter.Decision first = buckets.take("k", 600);
        assertTrue(first.allowed());
        assertEquals(599, first.remaining(), "the shared bucket's 570 and the 29 leased here");
        for (int i = 0; i < 29; i++) {
            RateLimiter.Decision local = buckets.takeLocally("k", 600);
            assertNotNull(local);
            assertTrue(local.allowed());
            assertEquals(598 - i, local.remaining());
        }
        assertEquals(1, shared.leases());
        assertNull(buckets.takeLocally("k", 600), "the batch is spent");
        assertTrue(buckets.take("k", 600).allowed());
        assertEquals(2, shared.leases());
    }

    @Test
    void shouldNotUseLeasedTokensAfterTheyExpireAndGiveThemBack() throws Exception {
        LeasedBuckets buckets = instance();
        buckets.take("k", 600);
        buckets.takeLocally("k", 600);
        clock.advance(TTL);
        assertNull(buckets.takeLocally("k", 600), "expired tokens are not spent");
        assertTrue(buckets.take("k", 600).allowed());
        assertEquals(List.of(0, 28), shared.givenBack);
    }

    @Test
    void shouldRefuseWhenTheSharedBucketIsEmptyAndSayWhenTheNextTokenComes() throws Exception {
        LeasedBuckets buckets = instance();
        for (int i = 0; i < 3; i++) {
            RateLimiter.Decision decision = buckets.take("k", 3);
            assertTrue(decision.allowed());
            assertEquals(2 - i, decision.remaining());
        }
        RateLimiter.Decision refused = buckets.take("k", 3);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(20, refused.retryAfterSeconds(), "one token every 20 s");
        assertEquals(60, refused.resetSeconds());
    }

    @Test
    void shouldRefuseWithoutAskingUntilTheSharedBucketHasATokenAgain() throws Exception {
        LeasedBuckets buckets = instance();
        for (int i = 0; i < 4; i++) {
            buckets.take("k", 3);
        }
        assertEquals(3, shared.leases(), "the last lease left the shared bucket empty: the fourth take is refused here");
        clock.advance(Duration.ofSeconds(10));
        RateLimiter.Decision refused = buckets.takeLocally("k", 3);
        assertNotNull(refused, "a refusal needs no lease while the bucket cannot have refilled");
        assertFalse(refused.allowed());
        assertEquals(10, refused.retryAfterSeconds());
        assertFalse(buckets.peekLocally("k", 3).allowed());
        clock.advance(Duration.ofSeconds(10));
        assertNull(buckets.takeLocally("k", 3), "a token may have come: ask");
        assertTrue(buckets.take("k", 3).allowed());
        assertEquals(4, shared.leases());
    }

    @Test
    void shouldStartAgainWhenTheLimitOfABucketChanges() throws Exception {
        LeasedBuckets buckets = instance();
        buckets.take("k", 600);
        assertNull(buckets.takeLocally("k", 1200), "tokens leased under another limit are given back");
        assertTrue(buckets.take("k", 1200).allowed());
        assertEquals(List.of(0, 29), shared.givenBack);
    }

    @Test
    void shouldKeepTwoInstancesTogetherWithinTheLimitPlusTwoBatches() throws Exception {
        LeasedBuckets first = instance();
        LeasedBuckets second = instance();
        int perMinute = 100;
        int batch = LeasedBuckets.batch(perMinute, 50);
        int admitted = 0;
        // Two minutes of one request every 100 ms to each instance: the shared bucket starts full and
        // refills 200 tokens meanwhile.
        for (int tick = 0; tick < 1200; tick++) {
            admitted += allowed(first, "k", perMinute) + allowed(second, "k", perMinute);
            clock.advance(Duration.ofMillis(100));
        }
        assertTrue(admitted <= perMinute + 200 + 2 * batch, "admitted " + admitted);
        assertTrue(admitted >= perMinute + 200 - 2 * batch, "nothing much is lost to expiry either: " + admitted);
    }

    @Test
    void shouldShowACallerUnderItsLimitThatManyInstancesServeAFullBucket() throws Exception {
        // 480 requests a minute (the limit is 600) in turn to four instances: each uses only a third
        // of every batch it leases before the batch expires. What it did not use goes back, so the
        // caller is never refused and sees about what one exact bucket would show.
        List<LeasedBuckets> instances = List.of(instance(), instance(), instance(), instance());
        int lowest = Integer.MAX_VALUE;
        for (int request = 0; request < 960; request++) {
            LeasedBuckets instance = instances.get(request % 4);
            RateLimiter.Decision decision = decide(instance, "k", 600);
            assertTrue(decision.allowed(), "request " + request);
            lowest = Math.min(lowest, decision.remaining());
            clock.advance(Duration.ofMillis(125));
        }
        assertTrue(lowest >= 600 - 4 * 30 - 2, "remaining never below the limit less the batches out: " + lowest);
    }

    @Test
    void shouldLeaseAgainAfterTheSharedBucketFailed() throws Exception {
        boolean[] down = {true};
        LeasedBuckets buckets = new LeasedBuckets((key, perMinute, batch, giveBack) -> {
            if (down[0]) {
                throw new SQLException("connection refused");
            }
            return shared.lease(key, perMinute, batch, giveBack);
        }, () -> clock.nanos, TTL, 50, NO_LEASES_AHEAD);
        assertThrows(SQLException.class, () -> buckets.take("k", 600), "the caller decides to fail open");
        assertNull(buckets.takeLocally("k", 600));
        down[0] = false;
        assertTrue(buckets.take("k", 600).allowed());
        assertNotNull(buckets.takeLocally("k", 600));
    }

    @Test
    void shouldLeaseTheNextBatchAheadWhenDownToAQuarter() throws Exception {
        List<Runnable> queued = new ArrayList<>();
        LeasedBuckets buckets = new LeasedBuckets(shared, () -> clock.nanos, TTL, 50, queued::add);
        assertTrue(buckets.take("k", 600).allowed()); // a batch of 30: 29 left
        for (int i = 0; i < 21; i++) {
            assertTrue(buckets.takeLocally("k", 600).allowed());
        }
        assertEquals(List.of(), queued, "8 left: more than a quarter of the batch");
        assertTrue(buckets.takeLocally("k", 600).allowed());
        assertEquals(1, queued.size(), "7 left: the next batch is asked for, once");
        assertTrue(buckets.takeLocally("k", 600).allowed());
        assertEquals(1, queued.size());
        queued.get(0).run();
        assertEquals(2, shared.leases());
        assertEquals(0, shared.givenBack.get(1), "a lease ahead keeps the tokens the instance has");
        for (int i = 0; i < 36; i++) {
            assertNotNull(buckets.takeLocally("k", 600), "6 left and 30 more, decided without waiting");
        }
        assertEquals(2, shared.leases());
    }

    @Test
    void shouldSpendTheWholeMinuteWithoutWaitingWhileLeasesAheadKeepUp() throws Exception {
        LeasedBuckets buckets = new LeasedBuckets(shared, () -> clock.nanos, TTL, 50, Runnable::run);
        assertTrue(buckets.take("k", 600).allowed());
        int admitted = 1;
        for (RateLimiter.Decision d = buckets.takeLocally("k", 600); d != null && d.allowed(); d = buckets.takeLocally("k", 600)) {
            admitted++;
            assertTrue(admitted <= 600, "never more than the shared bucket had");
        }
        assertEquals(600, admitted, "leases ahead spend the whole minute's tokens without a wait");
    }

    @Test
    void shouldNotLeaseAheadWhenALeaseFails() throws Exception {
        boolean[] down = {false};
        LeasedBuckets buckets = new LeasedBuckets((key, perMinute, batch, giveBack) -> {
            if (down[0]) {
                throw new SQLException("connection refused");
            }
            return shared.lease(key, perMinute, batch, giveBack);
        }, () -> clock.nanos, TTL, 50, Runnable::run);
        assertTrue(buckets.take("k", 600).allowed());
        down[0] = true;
        int decided = 0;
        while (buckets.takeLocally("k", 600) != null) {
            decided++;
        }
        assertEquals(29, decided, "the batch is spent; the failed lease ahead added nothing");
        assertThrows(SQLException.class, () -> buckets.take("k", 600));
    }

    /** As the access filter does: without waiting when the instance can, else with a lease. */
    private static RateLimiter.Decision decide(LeasedBuckets buckets, String key, int perMinute) throws Exception {
        RateLimiter.Decision decision = buckets.takeLocally(key, perMinute);
        return decision != null ? decision : buckets.take(key, perMinute);
    }

    private static int allowed(LeasedBuckets buckets, String key, int perMinute) throws Exception {
        return decide(buckets, key, perMinute).allowed() ? 1 : 0;
    }
}
