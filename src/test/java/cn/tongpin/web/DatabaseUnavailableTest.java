package cn.tongpin.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures mean "the database cannot be reached now" (503) and which are something else. */
class DatabaseUnavailableTest {

    @Test
    void shouldRecogniseEveryWayTheDatabaseIsAway() {
        // refused, cut, server stopping or starting, out of connections, closed to connections
        for (String state : new String[] { "08001", "08006", "57P01", "57P02", "57P03", "53300", "55000" }) {
            assertTrue(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("gone", state))), state);
        }
        // the pool's timeout, as Agroal raises it, and Hibernate's wrapping of any failure to get a connection
        assertTrue(DatabaseUnavailable.causedBy(new SQLException("Acquisition timeout while waiting for new connection",
                new TimeoutException())));
        assertTrue(DatabaseUnavailable.causedBy(new PersistenceException(new GenericJDBCException(
                "Unable to acquire JDBC Connection [FATAL: no]", new SQLException("FATAL: no")))));
        assertTrue(DatabaseUnavailable.causedBy(new JDBCConnectionException("lost", new SQLException("lost", "08003"))));
    }

    @Test
    void shouldNotTakeOtherFailuresForAnOutage() {
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("syntax", "42601"))));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.causedBy(new IllegalStateException("a bug")));
    }
}
