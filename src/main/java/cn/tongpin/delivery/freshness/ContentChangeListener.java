package cn.tongpin.delivery.freshness;

import cn.tongpin.persistence.Worker;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes any instance commits: triggers on the content tables send
 * {@code NOTIFY tongpin_content} when the writing transaction commits (V4__Search.sql), and each
 * writer then announces a fence ({@link WriteFence}). Every notice moves the content generation
 * (dropping cached answers); the highest fence heard is written to this instance's row in
 * {@code delivery_instance} with a heartbeat, which is what writers wait for.
 *
 * <p>An instance that cannot heartbeat for {@link #SELF_FENCE_NANOS} stops serving from its cache
 * (writers stop waiting for it only after {@link WriteFence#LIVE_SECONDS}), and when it is back it
 * drops everything it had cached, since it cannot know what it missed.
 *
 * <p>Raw JDBC on a connection it keeps for as long as it listens: LISTEN belongs to a session, and
 * notices arrive only on that session's connection, outside any transaction (auto-commit).
 */
@ApplicationScoped
public class ContentChangeListener {

    static final String CHANNEL = "tongpin_content";
    static final String FENCE = "fence:";
    static final long SELF_FENCE_NANOS = 4_000_000_000L;
    private static final long HEARTBEAT_NANOS = 1_000_000_000L;
    private static final int WAIT_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContentGeneration generation;

    private final UUID instance = UUID.randomUUID();
    private final Worker worker = new Worker("content-change-listener");
    private volatile long lastBeat = System.nanoTime() - 2 * SELF_FENCE_NANOS;
    private Connection connection;
    private PreparedStatement beat;
    private long heardFence;
    private long reportedFence = -1;

    void start(@Observes StartupEvent event) {
        worker.start(this::listen, () -> close(true));
    }

    void stop(@Observes ShutdownEvent event) {
        worker.stop(worker::interrupt, Duration.ofSeconds(2));
    }

    /** Whether cached answers may be served: this instance is heard by writers and hears them. */
    public boolean fresh() {
        return System.nanoTime() - lastBeat < SELF_FENCE_NANOS;
    }

    /** One round: wait a moment for notices, take them, heartbeat when due; reconnect after a failure. */
    private void listen() {
        try {
            if (connection == null) {
                connect();
            }
            PGNotification[] notices = connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
            take(notices);
            if (heardFence > reportedFence || System.nanoTime() - lastBeat > HEARTBEAT_NANOS) {
                heartbeat();
            }
        } catch (SQLException | RuntimeException e) {
            if (!worker.running()) {
                return;
            }
            LOG.warnf("Content change listener failed (%s); reconnecting", e.getMessage());
            close(false);
            sleepQuietly(500);
        }
    }

    private void take(PGNotification[] notices) {
        if (notices == null || notices.length == 0) {
            return;
        }
        boolean changed = false;
        for (PGNotification notice : notices) {
            String payload = notice.getParameter();
            if (payload != null && payload.startsWith(FENCE)) {
                heardFence = Math.max(heardFence, Long.parseLong(payload.substring(FENCE.length())));
            } else {
                changed = true;
            }
        }
        if (changed) {
            generation.bump();
        }
    }

    private void heartbeat() throws SQLException {
        boolean wasFresh = fresh();
        beat.setLong(1, heardFence);
        beat.setObject(2, instance);
        if (beat.executeUpdate() != 1) {
            throw new SQLException("this instance's row in delivery_instance is gone");
        }
        if (!wasFresh) {
            // Whatever changed while no writer waited for us is unknown: drop everything.
            generation.bump();
        }
        lastBeat = System.nanoTime();
        reportedFence = heardFence;
    }

    private void connect() throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(true);
        try (Statement statement = c.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        // Fences taken before we listened are not ours to hear: start from the current number.
        try (Statement statement = c.createStatement();
                var rs = statement.executeQuery("select case when is_called then last_value else 0 end from delivery_fence")) {
            rs.next();
            heardFence = Math.max(heardFence, rs.getLong(1));
        }
        try (PreparedStatement register = c.prepareStatement("insert into delivery_instance (id, heard_fence, heartbeat_at,"
                + " started_at) values (?, ?, now(), now()) on conflict (id) do update set heard_fence = excluded.heard_fence,"
                + " heartbeat_at = now()")) {
            register.setObject(1, instance);
            register.setLong(2, heardFence);
            register.executeUpdate();
        }
        connection = c;
        beat = c.prepareStatement("update delivery_instance set heard_fence = greatest(heard_fence, ?), heartbeat_at = now()"
                + " where id = ?");
        generation.bump();
        lastBeat = System.nanoTime();
        reportedFence = heardFence;
        LOG.debugf("Listening for content changes as instance %s", instance);
    }

    private void close(boolean leaving) {
        Connection c = connection;
        connection = null;
        beat = null;
        if (c == null) {
            return;
        }
        try (Statement statement = c.createStatement()) {
            statement.execute("UNLISTEN *");
            if (leaving) {
                statement.execute("delete from delivery_instance where id = '" + instance + "'"
                        + " or heartbeat_at < now() - interval '1 day'");
            }
        } catch (SQLException e) {
            LOG.debug("Leaving the listener connection failed", e);
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("Closing the listener connection failed", e);
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
