package cn.tongpin.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the service is killed (kill -9: no shutdown step runs), its embedded PostgreSQL keeps
 * running on the data folder. One start stops that orphan and serves again, with the data kept.
 * On a quiet machine that takes under 15 s; the bound here leaves room for a loaded CI machine,
 * and is still well under the 60 s after which a start that cannot get its database gives up.
 */
class CrashRestartIT {

    private static final Duration RESTART = Duration.ofSeconds(Long.getLong("tongpin.it.restart-seconds", 45));

    @TempDir
    Path dataDir;

    @Test
    void shouldServeAgainAfterOneStartFollowingAKill() throws Exception {
        try (PackagedService first = PackagedService.start(dataDir, Map.of())) {
            assertTrue(first.awaitReady(Duration.ofSeconds(120)), "service did not start:\n" + first.logText());
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid")).get(0).trim());
            first.kill();
            assertTrue(alive(postmaster), "the kill leaves the embedded PostgreSQL running, as the operating system does");

            Instant start = Instant.now();
            // A new database port, as a start with the default TONGPIN_EMBEDDED_DB_PORT=0 gets: the orphan keeps the old one.
            try (PackagedService restarted = PackagedService.start(dataDir, Map.of())) {
                assertTrue(restarted.awaitReady(RESTART), "not serving within " + RESTART + " of the start:\n" + restarted.logText());
                System.out.printf("Serving again %d ms after the start that followed kill -9%n", Duration.between(start, Instant.now()).toMillis());
                assertFalse(alive(postmaster), "the orphan was stopped");
                assertTrue(restarted.logText().contains("that an earlier run left running"), restarted.logText());
                assertEquals(1, count(restarted.jdbcUrl(), "select count(*) from participant where slug = 'zhou-qixian'"));
            }
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
