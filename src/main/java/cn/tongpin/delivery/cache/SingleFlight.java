package cn.tongpin.delivery.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a computation once for all the callers that ask for the same key at the same time: the
 * first one computes, the others wait for its result (or its failure). Nothing is kept afterwards;
 * a later call computes again.
 *
 * <p>The flights are a Caffeine async cache whose entries expire as soon as they complete. The
 * computation runs on the first caller's thread, not on Caffeine's executor: it needs the caller's
 * request context (transaction, locale, URI). A failure completes the flight normally, as an
 * outcome, so that a 404 shared by waiting callers is not logged as a failed load.
 */
final class SingleFlight<V> {

    /** What a computation gave: its value, or what it threw. */
    private record Outcome<V>(V value, Throwable failure) {
    }

    private final AsyncCache<String, Outcome<V>> running = Caffeine.newBuilder().expireAfterWrite(Duration.ZERO).buildAsync();
    private final AtomicInteger waiting = new AtomicInteger();

    V run(String key, Supplier<V> computation) {
        CompletableFuture<Outcome<V>> mine = new CompletableFuture<>();
        CompletableFuture<Outcome<V>> flight = running.get(key, (k, executor) -> mine);
        if (flight != mine) {
            waiting.incrementAndGet();
            try {
                return awaited(flight.join());
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            V value = computation.get();
            mine.complete(new Outcome<>(value, null));
            return value;
        } catch (RuntimeException | Error e) {
            mine.complete(new Outcome<>(null, e));
            throw e;
        }
    }

    /** Another caller's outcome: its value, or the same exception (a 400 for the same query, say). */
    private static <V> V awaited(Outcome<V> other) {
        if (other.failure() instanceof RuntimeException failure) {
            throw failure;
        }
        if (other.failure() instanceof Error error) {
            throw error;
        }
        return other.value();
    }

    /** How many computations are running now. */
    int running() {
        return (int) running.asMap().values().stream().filter(flight -> !flight.isDone()).count();
    }

    /** How many callers are waiting for another's computation now. */
    int waiting() {
        return waiting.get();
    }
}
