package cn.tongpin.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps its data across restarts, refuses to share a folder, asks every
 * connection for the folder's password (also on folders from before the password), and never
 * touches a process it cannot prove to be its own PostgreSQL.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void shouldKeepDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, 0, false)) {
            execute(first, "create table note (text varchar(20)); insert into note values ('同频')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder, 0, false);
                Connection connection = DriverManager.getConnection(second.jdbcUrl(), "postgres", second.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select text from note")) {
            assertTrue(rows.next());
            assertEquals("同频", rows.getString(1));
        }
    }

    @Test
    void shouldWriteKeptDataDurably() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0, false);
                Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit')")) {
            assertTrue(rows.next());
            assertEquals("on", rows.getString(1));
            assertEquals("on", rows.getString(2));
        }
    }

    @Test
    void shouldRefuseASecondServiceOnTheSameFolder() {
        try (EmbeddedDatabase running = EmbeddedDatabase.start(folder, 0, false)) {
            EmbeddedDatabase.DataDirectoryInUseException refused = assertThrows(EmbeddedDatabase.DataDirectoryInUseException.class,
                    () -> EmbeddedDatabase.start(folder, 0, false));
            assertTrue(refused.getMessage().contains("already in use"), refused.getMessage());
            assertTrue(Files.exists(folder.resolve("pg").resolve("PG_VERSION")), "the running cluster is untouched");
        }
    }

    @Test
    void shouldAskEveryConnectionForThePasswordKeptInTheFolder() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0, false)) {
            Path file = folder.resolve("postgres-password");
            assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
            assertEquals(database.password(), Files.readString(file).trim());
            assertRefused(database.jdbcUrl(), null);
            assertRefused(database.jdbcUrl(), "postgres");
            assertRefused(database.jdbcUrl(), database.password() + "x");
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password())) {
                assertTrue(connection.isValid(2));
            }
        }
    }

    @Test
    void shouldMoveAFolderFromBeforeThePasswordOverToIt() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, 0, false)) {
            execute(first, "create table note (text varchar(20)); insert into note values ('同频')");
        }
        // A folder as the service left it before: initdb's pg_hba.conf, trusting every local connection, and no password file.
        Files.writeString(folder.resolve("pg").resolve("pg_hba.conf"), "local all all trust\n"
                + "host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        Files.delete(folder.resolve("postgres-password"));
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder, 0, false);
                Connection connection = DriverManager.getConnection(second.jdbcUrl(), "postgres", second.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select text from note")) {
            assertTrue(rows.next());
            assertEquals("同频", rows.getString(1));
            assertRefused(second.jdbcUrl(), null);
            assertTrue(Files.exists(folder.resolve("postgres-password")));
        }
    }

    @Test
    void shouldStartPastAPidFileWhoseProcessIsNoPostgres() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, 0, false)) {
            assertTrue(first.port() > 0);
        }
        Process other = new ProcessBuilder("sleep", "120").start();
        try {
            // After a reboot the pid in a stale postmaster.pid may belong to anything.
            Files.writeString(folder.resolve("pg").resolve("postmaster.pid"), other.pid() + "\n" + folder.resolve("pg") + "\n");
            try (EmbeddedDatabase second = EmbeddedDatabase.start(folder, 0, false);
                    Connection connection = DriverManager.getConnection(second.jdbcUrl(), "postgres", second.password())) {
                assertTrue(connection.isValid(2));
            }
            assertTrue(other.isAlive(), "the process named in the stale file is left alone");
        } finally {
            other.destroyForcibly();
        }
    }

    @Test
    void shouldNeverStopAPostgresThatIsNotItsOwn(@TempDir Path elsewhere) throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, 0, false)) {
            assertTrue(first.port() > 0);
        }
        try (EmbeddedDatabase foreign = EmbeddedDatabase.start(elsewhere, 0, false)) {
            // Our folder's pid file names a live PostgreSQL, which runs on another folder.
            Files.copy(elsewhere.resolve("pg").resolve("postmaster.pid"), folder.resolve("pg").resolve("postmaster.pid"));
            IllegalStateException refused = assertThrows(IllegalStateException.class, () -> EmbeddedDatabase.start(folder, 0, false));
            assertTrue(refused.getMessage().contains("cannot prove to be its own"), refused.getMessage());
            try (Connection connection = DriverManager.getConnection(foreign.jdbcUrl(), "postgres", foreign.password())) {
                assertTrue(connection.isValid(2), "the other PostgreSQL still runs");
            }
        }
    }

    private static void assertRefused(String url, String password) {
        assertThrows(SQLException.class, () -> {
            try (Connection connection = password == null ? DriverManager.getConnection(url)
                    : DriverManager.getConnection(url, "postgres", password)) {
                connection.isValid(2);
            }
        });
    }

    private static void execute(EmbeddedDatabase database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
