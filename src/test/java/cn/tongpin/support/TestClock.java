package cn.tongpin.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

/**
 * Waiting for time itself, for the tests whose subject is a moment (a key's expiry, a schedule, the
 * whole second of a Last-Modified): the condition awaited is the clock having passed that moment,
 * never a fixed amount of sleep that is too long on a fast machine and too short on a slow one.
 */
public final class TestClock {

    private TestClock() {
    }

    /** Returns once the wall clock (the service's, in the same JVM) is past {@code moment}. */
    public static void awaitPast(Instant moment) {
        Duration left = Duration.between(Instant.now(), moment);
        await("the clock to pass " + moment)
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .atMost(left.isNegative() ? Duration.ofSeconds(1) : left.plusSeconds(5))
                .until(() -> Instant.now().isAfter(moment));
    }
}
