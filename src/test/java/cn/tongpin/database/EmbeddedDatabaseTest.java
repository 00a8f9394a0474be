package cn.tongpin.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its data across restarts and refuses to share a folder. */
class EmbeddedDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void shouldKeepDataAcrossRestarts() throws Exception {
        try (EmbeddedDatabase first = EmbeddedDatabase.start(folder, 0, false)) {
            execute(first.jdbcUrl(), "create table note (text varchar(20)); insert into note values ('同频')");
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(folder, 0, false);
                Connection connection = DriverManager.getConnection(second.jdbcUrl());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select text from note")) {
            assertTrue(rows.next());
            assertEquals("同频", rows.getString(1));
        }
    }

    @Test
    void shouldWriteKeptDataDurably() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, 0, false);
                Connection connection = DriverManager.getConnection(database.jdbcUrl());
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

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
