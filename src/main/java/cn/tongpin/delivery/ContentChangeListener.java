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
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes other instances commit: triggers on the content tables send
 * {@code NOTIFY tongpin_content} (see V4__Search.sql), delivered when the writing transaction commits.
 *
 * <p>The listening connection is read without blocking, both by a background thread and before
 * every cache hit ({@link #sync()}), so a notice already on the socket is never missed by a read.
 * While the connection is down nothing is served from cache.
 */
@ApplicationScoped
public class ContentChangeListener {

    static final String CHANNEL = "tongpin_content";
    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class);
    private static final long POLL_MILLIS = 50;
    private static final long CHECK_MILLIS = 5_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContentGeneration generation;

    private final ReentrantLock lock = new ReentrantLock();
    private volatile Connection connection;
    private volatile boolean running;
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
        lock.lock();
        try {
            close();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes in every change notice already received; cheap (no round trip to the database).
     *
     * @return false when that could not be done right now, so the caller must not trust its cache
     */
    public boolean sync() {
        Connection current = connection;
        if (current == null || !lock.tryLock()) {
            return false;
        }
        try {
            drain(current);
            return true;
        } catch (SQLException e) {
            lost(e);
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        long lastCheck = System.currentTimeMillis();
        while (running) {
            try {
                if (connection == null) {
                    connect();
                    lastCheck = System.currentTimeMillis();
                }
                if (!sync()) {
                    lock.lock();
                    try {
                        if (connection != null) {
                            drain(connection);
                        }
                    } finally {
                        lock.unlock();
                    }
                }
                if (System.currentTimeMillis() - lastCheck > CHECK_MILLIS) {
                    check();
                    lastCheck = System.currentTimeMillis();
                }
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                lost(e);
                sleepQuietly(1_000);
            }
        }
    }

    private void connect() throws SQLException {
        lock.lock();
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (Statement statement = c.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
            connection = c;
            // Whatever changed while no one listened is unknown: start afresh.
            generation.trusted(true);
            LOG.debug("Listening for content changes");
        } finally {
            lock.unlock();
        }
    }

    private void check() throws SQLException {
        lock.lock();
        try {
            Connection c = connection;
            if (c != null) {
                try (Statement statement = c.createStatement()) {
                    statement.execute("select 1");
                }
                drain(c);
            }
        } finally {
            lock.unlock();
        }
    }

    private void drain(Connection c) throws SQLException {
        PGNotification[] notices = c.unwrap(PGConnection.class).getNotifications(-1);
        if (notices != null && notices.length > 0) {
            generation.bump();
        }
    }

    private void lost(Exception e) {
        if (connection != null) {
            LOG.warnf("Lost the content change listener (%s); answers are not cached until it is back", e.getMessage());
        }
        generation.trusted(false);
        lock.lock();
        try {
            close();
        } finally {
            lock.unlock();
        }
    }

    private void close() {
        Connection c = connection;
        connection = null;
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
