package cn.tongpin.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means that the database cannot be reached now (refused, restarting, out of
 * connections, cut off) rather than that the request is wrong: such a request is answered 503 with
 * {@code Retry-After}, and may be asked again as it is. Recognised anywhere in the cause chain, as
 * Hibernate, Agroal or the driver raise it.
 */
public final class DatabaseUnavailable {

    /** What a caller is told to wait before asking again. */
    public static final int RETRY_AFTER_SECONDS = 5;
    public static final String CODE = "database_unavailable";
    public static final String TITLE = "Service unavailable";
    public static final String DETAIL = "The database cannot be reached at the moment; try again shortly";

    /** How Hibernate words every failure to get a connection from the pool. */
    private static final String HIBERNATE_ACQUIRE = "Unable to acquire JDBC Connection";

    private DatabaseUnavailable() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException || acquisition(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailableState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The pool gave up waiting for a connection (Agroal raises a plain SQLException around the timeout). */
    private static boolean acquisition(Throwable cause) {
        String message = cause.getMessage();
        return (cause instanceof SQLException && cause.getCause() instanceof TimeoutException)
                || (message != null && (message.startsWith(HIBERNATE_ACQUIRE) || message.contains("acquisition timeout")
                        || message.startsWith("Acquisition timeout")));
    }

    /**
     * Connection exceptions (class 08), the server shutting down, crashed or starting (57P01-57P03),
     * too many connections (53300), and a database closed to connections (55000 when connecting).
     */
    private static boolean unavailableState(String state) {
        if (state == null) {
            return false;
        }
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("53300") || state.equals("55000");
    }
}
