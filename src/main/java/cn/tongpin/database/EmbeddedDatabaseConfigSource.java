package cn.tongpin.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Lowest-priority source of the datasource settings: asked only when no environment variable,
 * system property or properties file sets {@code quarkus.datasource.jdbc.url}, and then starts
 * the embedded PostgreSQL on first use.
 *
 * <p>The started server is kept per data folder for the life of the JVM, so that a dev-mode
 * reload or a second test profile reuses it instead of starting a second one on the same folder,
 * and it is stopped when the JVM exits, after the application ({@link StopAfterApplication}).
 */
public class EmbeddedDatabaseConfigSource implements ConfigSource {

    static final int ORDINAL = 90;
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();
    private static final String RUNNING_PROPERTY_PREFIX = "tongpin.internal.embedded-url.";

    private final Path dataDir;
    private final int port;
    private final boolean clean;
    private final Duration stopWait;

    /** @param stopWait how long the database waits for the application to stop when the JVM exits */
    EmbeddedDatabaseConfigSource(String dataDir, int port, boolean clean, Duration stopWait) {
        this.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        this.port = port;
        this.clean = clean;
        this.stopWait = stopWait;
    }

    @Override
    public Set<String> getPropertyNames() {
        // Names are not listed, so that nothing enumerating the configuration starts the server.
        return Set.of();
    }

    @Override
    public String getValue(String propertyName) {
        switch (propertyName) {
            case JDBC_URL:
                return jdbcUrl();
            case "quarkus.datasource.username":
                return "postgres";
            default:
                return null;
        }
    }

    private String jdbcUrl() {
        // A system property survives class-loader changes (dev-mode reloads) within one JVM.
        String key = RUNNING_PROPERTY_PREFIX + dataDir;
        String known = System.getProperty(key);
        if (known != null) {
            return known;
        }
        synchronized (EmbeddedDatabaseConfigSource.class) {
            known = System.getProperty(key);
            if (known == null) {
                EmbeddedDatabase database = RUNNING.computeIfAbsent(dataDir, dir -> {
                    EmbeddedDatabase started = EmbeddedDatabase.start(dir, port, clean);
                    StopAfterApplication.register(started, stopWait);
                    return started;
                });
                // In the URL: Quarkus asks this source for the URL only (it lists no names), and the driver takes it from there.
                known = database.jdbcUrl() + "&password=" + database.password();
                System.setProperty(key, known);
            }
            return known;
        }
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "EmbeddedDatabaseConfigSource[" + dataDir + "]";
    }
}
