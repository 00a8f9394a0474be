package cn.tongpin.database;

import io.quarkus.runtime.Application;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Stops the embedded PostgreSQL when the JVM exits, after the application has stopped: JVM shutdown
 * hooks run all at once, and a database stopped by its own hook (as the library's is) is gone while
 * requests are still being finished, before the connection pool is closed. This one waits until
 * Quarkus has finished its graceful shutdown (in-flight requests, then beans, Hibernate and Agroal)
 * and only then stops the server, so a {@code kill} (SIGTERM) stops the database last.
 */
final class StopAfterApplication extends Thread {

    private static final Logger LOG = Logger.getLogger(StopAfterApplication.class);

    private final EmbeddedDatabase database;
    private final Duration maxWait;

    /**
     * @param maxWait how long to wait for the application to stop (its shutdown delay and timeout and
     *        some more) before the database is stopped anyway
     */
    private StopAfterApplication(EmbeddedDatabase database, Duration maxWait) {
        super("embedded-postgres-stop");
        this.database = database;
        this.maxWait = maxWait;
    }

    static void register(EmbeddedDatabase database, Duration maxWait) {
        Runtime.getRuntime().addShutdownHook(new StopAfterApplication(database, maxWait));
    }

    @Override
    public void run() {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiter = new Thread(application::awaitShutdown, "embedded-postgres-stop-wait");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(maxWait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (waiter.isAlive()) {
                LOG.warnf("The application did not stop within %d s; stopping the embedded PostgreSQL anyway", maxWait.toSeconds());
            }
        }
        database.close();
    }
}
