package cn.tongpin.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The embedded cluster's superuser password: generated once, kept in the data folder in a file only
 * the service's user may read (mode 600), and asked of every connection, local socket or TCP
 * ({@code pg_hba.conf} with scram-sha-256). Without it any local user could connect as superuser.
 *
 * <p>{@code initdb} (and every folder from before this password) trusts local connections. Such a
 * folder starts once more as it is, then gets the password and the strict {@code pg_hba.conf}, and
 * the server reloads it before the service makes its first connection. A folder whose password file
 * was lost is opened the same way with a new password: whoever can write the folder owns the data
 * anyway.
 */
final class ClusterPassword {

    static final String FILE = "postgres-password";
    static final String HBA_FILE = "pg_hba.conf";
    private static final String MANAGED = "# Written by Tongpin: every connection needs the password kept in ../" + FILE;
    private static final String STRICT_HBA = MANAGED + "\n"
            + "local all all scram-sha-256\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n"
            + "host all all ::1/128 scram-sha-256\n";
    /** How initdb leaves a fresh cluster (and how every folder from before the password was): open, until {@link #secure}. */
    private static final String OPEN_HBA = "# Written by Tongpin for one start, until the password is set\n"
            + "host all all 127.0.0.1/32 trust\n"
            + "host all all ::1/128 trust\n";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(ClusterPassword.class);

    private final String value;
    private final Path cluster;

    private ClusterPassword(String value, Path cluster) {
        this.value = value;
        this.cluster = cluster;
    }

    /**
     * Reads the folder's password, or makes one; called before the server starts.
     *
     * @param root the data folder (holds the password file)
     * @param cluster the PostgreSQL cluster folder inside it
     */
    static ClusterPassword prepare(Path root, Path cluster) throws IOException {
        Path file = root.resolve(FILE);
        if (Files.exists(file)) {
            ownerOnly(file);
            return new ClusterPassword(read(root), cluster);
        }
        String value = generate();
        write(file, value);
        if (managed(cluster)) {
            // The strict pg_hba.conf asks for a password nobody has any more: open it for the one start that sets the new one.
            LOG.warnf("The database password file %s was missing; a new password is set at this start", file);
            replace(cluster.resolve(HBA_FILE), OPEN_HBA);
        }
        return new ClusterPassword(value, cluster);
    }

    /** The password of the folder {@code root}, as the service connects with it. */
    static String read(Path root) throws IOException {
        return Files.readString(root.resolve(FILE), StandardCharsets.US_ASCII).trim();
    }

    String value() {
        return value;
    }

    /** Before the server starts: a cluster not yet secured listens on TCP only for the start that secures it (initdb also trusts the socket). */
    void beforeStart(Path directory) {
        try {
            if (!managed(directory)) {
                replace(directory.resolve(HBA_FILE), OPEN_HBA);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Sets the password and the strict {@code pg_hba.conf} on a cluster that does not have them yet
     * (fresh, or from before), and reloads the server; called once it runs.
     */
    void secure(EmbeddedPostgres postgres) throws IOException {
        if (managed(cluster)) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            // The value is base64url (letters, digits, - and _), so it can be written into the statement as it is.
            statement.execute("alter role postgres with password '" + value + "'");
            replace(cluster.resolve(HBA_FILE), STRICT_HBA);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's password", e);
        }
        LOG.infof("The embedded PostgreSQL now asks every connection for the password kept in %s",
                cluster.getParent().resolve(FILE));
    }

    private static boolean managed(Path cluster) throws IOException {
        Path hba = cluster.resolve(HBA_FILE);
        return Files.exists(hba) && Files.readString(hba, StandardCharsets.UTF_8).startsWith(MANAGED);
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void write(Path file, String value) throws IOException {
        try {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Another start created " + file + " at the same time", e);
        }
        Files.writeString(file, value + "\n", StandardCharsets.US_ASCII);
    }

    /** A password file made readable by others (a copy, an archive) is made private again. */
    private static void ownerOnly(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            LOG.warnf("%s was readable by other users; it is now readable by this service's user only", file);
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void replace(Path file, String text) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, text, StandardCharsets.UTF_8);
        if (posix(next)) {
            Files.setPosixFilePermissions(next, OWNER_ONLY);
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
