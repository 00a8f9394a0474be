package cn.tongpin.delivery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes any instance commits: triggers on the content tables send
 * {@code NOTIFY tongpin_content} (see V4__Search.sql) when the writing transaction commits.
 *
 * <p>Notices arrive asynchronously, so on their own they would leave a short window in which a
 * read could still be answered from the cache after another instance's write had returned. A read
 * served from the cache therefore waits for a <em>barrier</em>: a round trip on the listening
 * connection sent after the read arrived. PostgreSQL signals the listening backend before the
 * writer's commit returns and delivers pending notices before it answers the next query
 * (PostgreSQL 13+), so once the barrier is back, every change committed before the read arrived
 * has been heard. Reads arriving together share one barrier, so the database sees at most one
 * such query at a time, however many reads there are. While the connection is down nothing is
 * served from the cache.
 */
@ApplicationScoped
public class ContentChangeListener {

    static final String CHANNEL = "tongpin_content";
    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class);
    private static final long IDLE_CHECK_MILLIS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContentGeneration generation;

    private final Object lock = new Object();
    private List<Consumer<Boolean>> waiting = new ArrayList<>();
    private volatile boolean running;
    private Connection connection;
    private Statement barrier;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "content-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Calls {@code then} (on the listener's thread) once every change committed before this call
     * has been taken in: with true, or with false when that cannot be known (connection lost).
     */
    public void afterBarrier(Consumer<Boolean> then) {
        synchronized (lock) {
            waiting.add(then);
            lock.notifyAll();
        }
    }

    private void run() {
        barrier(); // connect at once, so the cache is usable from the first request
        while (running) {
            List<Consumer<Boolean>> batch;
            synchronized (lock) {
                if (waiting.isEmpty()) {
                    try {
                        lock.wait(IDLE_CHECK_MILLIS);
                    } catch (InterruptedException e) {
                        break;
                    }
                }
                batch = waiting;
                waiting = new ArrayList<>();
            }
            boolean heard = barrier();
            for (Consumer<Boolean> then : batch) {
                try {
                    then.accept(heard);
                } catch (RuntimeException e) {
                    LOG.debug("A reader failed after the barrier", e);
                }
            }
            if (!heard && running) {
                sleepQuietly(batch.isEmpty() ? 1_000 : 50);
            }
        }
        close();
    }

    /** One round trip on the listening connection, then every notice it brought. */
    private boolean barrier() {
        try {
            if (connection == null) {
                connect();
            }
            barrier.execute("select 1");
            PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications(-1);
            if (notices != null && notices.length > 0) {
                generation.bump();
            }
            return true;
        } catch (SQLException | RuntimeException e) {
            if (connection != null || generation.trusted()) {
                LOG.warnf("Lost the content change listener (%s); answers are not cached until it is back", e.getMessage());
            }
            generation.trusted(false);
            close();
            return false;
        }
    }

    private void connect() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(true);
        Statement statement = c.createStatement();
        statement.execute("LISTEN " + CHANNEL);
        connection = c;
        barrier = statement;
        // Whatever changed while no one listened is unknown: start afresh.
        generation.trusted(true);
        LOG.debug("Listening for content changes");
    }

    private void close() {
        Connection c = connection;
        connection = null;
        barrier = null;
        if (c != null) {
            try (Statement statement = c.createStatement()) {
                statement.execute("UNLISTEN *");
            } catch (SQLException e) {
                LOG.debug("UNLISTEN failed", e);
            }
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("Closing the listener connection failed", e);
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
