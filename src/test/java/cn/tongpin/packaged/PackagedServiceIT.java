package cn.tongpin.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a machine with nothing but Java: it starts its embedded PostgreSQL, keeps
 * the data across a restart, loads the demo content once, and a second service on the same data
 * folder refuses to start with a clear message.
 */
class PackagedServiceIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepDataAcrossRestartsAndRefuseASharedFolder() throws Exception {
        try (PackagedService first = PackagedService.start(dataDir, Map.of())) {
            assertTrue(first.awaitReady(Duration.ofSeconds(90)), "service did not start:\n" + first.logText());
            execute(first.jdbcUrl(), "insert into topic (id, slug, name, created_at, updated_at, version)"
                    + " values (gen_random_uuid(), 'restart-check', '重启检查', now(), now(), 1)");

            try (PackagedService second = PackagedService.start(dataDir, Map.of())) {
                int exit = second.awaitExit(Duration.ofSeconds(90));
                assertNotEquals(0, exit, "a second service on the same folder must not start");
                assertTrue(second.logText().contains("is already in use by another running Tongpin service"), second.logText());
            }
        }
        try (PackagedService restarted = PackagedService.start(dataDir, Map.of())) {
            assertTrue(restarted.awaitReady(Duration.ofSeconds(90)), "service did not restart:\n" + restarted.logText());
            assertEquals(1, count(restarted.jdbcUrl(), "select count(*) from topic where slug = 'restart-check'"));
            assertEquals(1, count(restarted.jdbcUrl(), "select count(*) from demo_content_load where name = 'foundation'"));
            assertEquals(1, count(restarted.jdbcUrl(), "select count(*) from participant where slug = 'zhou-qixian'"));
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
