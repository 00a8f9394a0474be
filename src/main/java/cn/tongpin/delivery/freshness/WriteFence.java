package cn.tongpin.delivery.freshness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The writer's half of "no stale read after a write": once a write has committed, take a fence
 * number, announce it after the write's own change notices, and wait until every live instance
 * has heard it. PostgreSQL delivers notices in commit order, so an instance that has heard the
 * fence has heard the write, and has dropped every cached answer the write changes. Plain JDBC on
 * an auto-commit connection ({@link cn.tongpin.persistence.OwnConnection#autocommit}): the notice
 * must go out now, not at some later commit, and any writer (an API call, a scheduler, a test
 * playing another instance) can use it.
 */
public final class WriteFence {

    /** An instance whose heartbeat is older than this is not waited for; it stops serving from its cache well before. */
    static final int LIVE_SECONDS = 10;
    private static final long PAUSE_NANOS = 500_000;

    private WriteFence() {
    }

    /**
     * @param connection in auto-commit mode; the write must have committed already
     * @return true when every live instance heard the fence in time
     */
    public static boolean await(Connection connection, Duration timeout) throws SQLException {
        long fence;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select nextval('delivery_fence')")) {
            rs.next();
            fence = rs.getLong(1);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_notify('" + ContentChangeListener.CHANNEL + "', '" + ContentChangeListener.FENCE + fence + "')");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement behind = connection.prepareStatement("select count(*) from delivery_instance"
                + " where heard_fence < ? and heartbeat_at > now() - interval '" + LIVE_SECONDS + " seconds'")) {
            behind.setLong(1, fence);
            while (true) {
                try (ResultSet rs = behind.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
    }
}
