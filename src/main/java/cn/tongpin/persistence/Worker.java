package cn.tongpin.persistence;

import java.time.Duration;

/**
 * A named daemon thread that repeats one round of background work from startup until shutdown. The
 * rounds end when {@link #stop} is called or the thread is interrupted; then the last step runs (to
 * let go of a connection, say). Stopping wakes the thread the way its rounds wait and waits for it a
 * bounded time, so that it is done before the connection pool closes.
 */
public final class Worker {

    private final String name;
    private volatile boolean running;
    private Thread thread;

    public Worker(String name) {
        this.name = name;
    }

    /** Starts the thread: {@code round} again and again while running, then {@code last} once. */
    public void start(Runnable round, Runnable last) {
        running = true;
        thread = new Thread(() -> {
            while (running && !Thread.currentThread().isInterrupted()) {
                round.run();
            }
            last.run();
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the rounds go on: false once a stop began. */
    public boolean running() {
        return running;
    }

    /**
     * Ends the rounds: {@link #running()} turns false, {@code wake} gets the thread out of its wait,
     * and the caller waits for the thread at most {@code bound}.
     */
    public void stop(Runnable wake, Duration bound) {
        running = false;
        wake.run();
        if (thread == null) {
            return;
        }
        try {
            thread.join(bound.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The wake for rounds that wait in a blocking call: the thread's interrupt. */
    public void interrupt() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
