package cn.tongpin.delivery.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a computation once for all the callers that ask for the same key at the same time: the
 * first one computes, the others wait for its result (or its failure). Nothing is kept afterwards;
 * a later call computes again.
 */
final class SingleFlight<V> {

    private final ConcurrentHashMap<String, CompletableFuture<V>> running = new ConcurrentHashMap<>();
    private final AtomicInteger waiting = new AtomicInteger();

    V run(String key, Supplier<V> computation) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> other = running.putIfAbsent(key, mine);
        if (other != null) {
            waiting.incrementAndGet();
            try {
                return awaited(other);
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            V value = computation.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    /** Another caller's outcome: its value, or the same exception (a 400 for the same query, say). */
    private static <V> V awaited(CompletableFuture<V> other) {
        try {
            return other.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How many computations are running now. */
    int running() {
        return running.size();
    }

    /** How many callers are waiting for another's computation now. */
    int waiting() {
        return waiting.get();
    }
}
