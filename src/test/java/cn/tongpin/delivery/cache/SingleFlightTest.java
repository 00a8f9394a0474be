package cn.tongpin.delivery.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final SingleFlight<Object> flights = new SingleFlight<>();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void callersAskingAtTheSameTimeShareOneComputation() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        Object answer = new Object();
        Future<Object> first = pool.submit(() -> flights.run("list", () -> {
            computed.incrementAndGet();
            await(release);
            return answer;
        }));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> flights.running() == 1);
        List<Future<Object>> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            others.add(pool.submit(() -> flights.run("list", () -> {
                computed.incrementAndGet();
                return new Object();
            })));
        }
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> flights.waiting() == 6);
        assertEquals(1, computed.get());
        release.countDown();
        assertSame(answer, first.get(5, TimeUnit.SECONDS));
        for (Future<Object> other : others) {
            assertSame(answer, other.get(5, TimeUnit.SECONDS));
        }
        assertEquals(1, computed.get());
        assertEquals(0, flights.running());
        assertEquals(0, flights.waiting());
    }

    @Test
    void waitingCallersGetTheSameFailure() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        IllegalArgumentException failure = new IllegalArgumentException("bad query");
        Future<Object> first = pool.submit(() -> flights.run("search", () -> {
            await(release);
            throw failure;
        }));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> flights.running() == 1);
        Future<Object> second = pool.submit(() -> flights.run("search", Object::new));
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> flights.waiting() == 1);
        release.countDown();
        for (Future<Object> caller : List.of(first, second)) {
            Exception thrown = assertThrows(Exception.class, () -> caller.get(5, TimeUnit.SECONDS));
            assertSame(failure, thrown.getCause());
        }
        assertEquals(0, flights.running());
    }

    @Test
    void laterCallsAndOtherKeysComputeAgain() {
        AtomicInteger computed = new AtomicInteger();
        Object one = flights.run("a", () -> computed.incrementAndGet());
        Object two = flights.run("a", () -> computed.incrementAndGet());
        Object three = flights.run("b", () -> computed.incrementAndGet());
        assertEquals(List.of(1, 2, 3), List.of(one, two, three));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

}
