package cn.tongpin.database;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Registers {@link EmbeddedDatabaseConfigSource}, which supplies the JDBC URL of an embedded PostgreSQL
 * when nothing else configures one.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String ENABLED = "tongpin.database.embedded.enabled";
    static final String DATA_DIR = "tongpin.database.embedded.data-dir";
    static final String PORT = "tongpin.database.embedded.port";
    static final String CLEAN = "tongpin.database.embedded.clean-on-start";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        boolean enabled = !"false".equalsIgnoreCase(valueOf(context, ENABLED, "true"));
        if (!enabled || !valueOf(context, EmbeddedDatabaseConfigSource.JDBC_URL, "").isEmpty()) {
            return List.of(); // another database is configured: neither its URL nor its password come from here
        }
        String dataDir = valueOf(context, DATA_DIR, "data");
        int port = Integer.parseInt(valueOf(context, PORT, "0"));
        boolean clean = "true".equalsIgnoreCase(valueOf(context, CLEAN, "false"));
        return List.of(new EmbeddedDatabaseConfigSource(dataDir, port, clean, stopWait(context)));
    }

    /** The application's shutdown delay and timeout, and room for closing its beans. */
    private static Duration stopWait(ConfigSourceContext context) {
        return duration(valueOf(context, "quarkus.shutdown.delay", "0s"))
                .plus(duration(valueOf(context, "quarkus.shutdown.timeout", "30s")))
                .plusSeconds(15);
    }

    private static Duration duration(String value) {
        try {
            return DurationConverter.parseDuration(value);
        } catch (RuntimeException e) {
            return Duration.ofSeconds(30);
        }
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(EmbeddedDatabaseConfigSource.ORDINAL);
    }

    private static String valueOf(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null || value.getValue().isBlank() ? fallback : value.getValue().trim();
    }
}
