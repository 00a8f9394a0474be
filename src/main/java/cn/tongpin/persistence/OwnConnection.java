package cn.tongpin.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Raw JDBC on a pooled connection of its own, for the few statements that must not run in the
 * caller's JPA transaction: a statement that commits by itself the moment it runs (a rate limit
 * take, a write fence announced after the write committed), or a read-only snapshot streamed row by
 * row (the bulk export). Everything else goes through the transaction's EntityManager (design.md,
 * "Data access"). Call these outside a transaction: inside one the pool hands out the
 * transaction's own connection, which cannot be switched to auto-commit.
 */
public final class OwnConnection {

    /** Work on a connection; its statements are the caller's to open and close. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private OwnConnection() {
    }

    /** Runs the work in auto-commit mode: each statement commits as it runs, and the connection goes back to the pool. */
    public static <T> T autocommit(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        }
    }

    /**
     * Runs the work in one read-only, repeatable-read transaction, so that everything it reads agrees
     * with everything else it reads, then ends it without writing anything.
     */
    public static <T> T snapshot(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
            }
        }
    }
}
