package cn.tongpin.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from binaries on the classpath, with its data kept in a folder so
 * that it survives restarts. Only one service may use a folder at a time; a server an earlier run
 * left behind on it is stopped first ({@link OrphanPostmaster}), and every connection needs the
 * folder's password ({@link ClusterPassword}). Whoever starts it stops it ({@link #close}): there is
 * no shutdown hook of its own, so that the service stops it after its last request, not during.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String LOCK_FILE = "tongpin.lock";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final Path dataDirectory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final String password;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedDatabase(Path dataDirectory, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres, String password) {
        this.dataDirectory = dataDirectory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts PostgreSQL on the given folder, creating the cluster on first use.
     *
     * @param root folder that holds the lock file and the cluster (in {@code pg/})
     * @param port TCP port on 127.0.0.1, or 0 for any free one
     * @param clean whether to start from an empty cluster (tests), removing what the folder held
     * @throws DataDirectoryInUseException when another process already uses the folder
     */
    public static EmbeddedDatabase start(Path root, int port, boolean clean) {
        try {
            Path directory = root.toAbsolutePath().normalize();
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(directory);
            }
            try {
                LOG.infof("Starting embedded PostgreSQL with data in %s", directory);
                Path cluster = directory.resolve("pg");
                if (clean) {
                    Files.deleteIfExists(directory.resolve(ClusterPassword.FILE)); // a new cluster, a new password
                }
                OrphanPostmaster.stopIfAny(cluster);
                ClusterPassword password = ClusterPassword.prepare(directory, cluster);
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setDataDirectory(cluster)
                        .setCleanDataDirectory(clean)
                        .setRegisterShutdownHook(false)
                        .setDataDirectoryCustomizer(folder -> password.beforeStart(folder.toPath()))
                        .setConnectConfig("password", password.value())
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setLocaleConfig("encoding", "UTF8")
                        .setServerConfig("max_connections", "100");
                if (!clean) {
                    // The library starts PostgreSQL without fsync (-F) for test speed; kept data must survive a crash.
                    builder.setServerConfig("fsync", "on")
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("full_page_writes", "on");
                }
                if (port > 0) {
                    builder.setPort(port);
                }
                EmbeddedPostgres postgres = builder.start();
                try {
                    password.secure(postgres);
                } catch (IOException | RuntimeException e) {
                    postgres.close();
                    throw e;
                }
                return new EmbeddedDatabase(directory, channel, lock, postgres, password.value());
            } catch (IOException | RuntimeException e) {
                lock.release();
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + root, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this very process
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The superuser's password, which every connection needs. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Stops the server (a fast shutdown: sessions end, a clean checkpoint) and frees the folder; once. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            postgres.close();
            LOG.infof("Stopped the embedded PostgreSQL with data in %s", dataDirectory);
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder is already in use by another running service. */
    public static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(Path directory) {
            super("The data folder " + directory + " is already in use by another running Tongpin service. "
                    + "Stop that service, or point this one at another folder with TONGPIN_DATA_DIR.");
        }
    }
}
