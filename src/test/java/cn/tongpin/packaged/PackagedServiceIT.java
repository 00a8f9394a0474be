package cn.tongpin.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar on a machine with nothing but Java: it starts its embedded PostgreSQL, keeps
 * the data across a restart, loads the demo content once, prints its first admin key once, and a
 * second service on the same data folder refuses to start with a clear message.
 */
class PackagedServiceIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepDataAcrossRestartsAndRefuseASharedFolder() throws Exception {
        String adminKey;
        try (PackagedService first = PackagedService.start(dataDir, Map.of())) {
            assertTrue(first.awaitReady(Duration.ofSeconds(90)), "service did not start:\n" + first.logText());
            // The first start of an empty database prints one admin key, and it works.
            Matcher printed = Pattern.compile("tp_live_[A-Za-z0-9]{43}").matcher(first.logText());
            assertTrue(printed.find(), "no admin key printed:\n" + first.logText());
            adminKey = printed.group();
            assertFalse(printed.find(), "the admin key is printed once");
            assertEquals(200, status(first, adminKey));
            assertEquals(401, status(first, null));
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
            // Never printed again; the key from the first start still works.
            assertFalse(restarted.logText().contains("tp_live_"), restarted.logText());
            assertEquals(200, status(restarted, adminKey));
        }
    }

    private static int status(PackagedService service, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port + "/admin/v1/organizations"));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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
