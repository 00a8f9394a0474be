package cn.tongpin.webhook;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a condition holds, for asynchronous outcomes; fails with the last value after 20 s. */
final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Eventually() {
    }

    static <T> T get(Supplier<T> value, Predicate<T> condition, String what) {
        Instant deadline = Instant.now().plus(LIMIT);
        T last = value.get();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                fail("Gave up waiting for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
            last = value.get();
        }
        return last;
    }
}
