package cn.tongpin.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: after the n-th failed attempt, the n-th wait of the list
 * (by default 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: about a day in all), made longer or shorter
 * at random by up to the jitter so that the retries of many deliveries spread out. After the last
 * wait's attempt fails, the delivery is dead.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    /** The wait after the given number of failed attempts, or empty when the delivery is dead. */
    public Optional<Duration> after(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > delays.size()) {
            return Optional.empty();
        }
        long millis = delays.get(failedAttempts - 1).toMillis();
        double factor = jitter <= 0 ? 1 : 1 + ThreadLocalRandom.current().nextDouble(-jitter, jitter);
        return Optional.of(Duration.ofMillis(Math.max(0, Math.round(millis * factor))));
    }
}
