package cn.tongpin.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While PostgreSQL refuses connections, callers get 503 with Retry-After within the pool's bounded
 * wait, readiness is down, and the delivery answers the service already built keep being served,
 * marked stale (Cache-Status); once the database takes connections again, the service serves at once.
 */
class DatabaseOutageIT {

    private static final String KEPT = "/content/v1/participants/zhou-qixian";
    /** The pool's wait (2 s) and room for a loaded machine; before, such a request took up to 8 s and was a 500. */
    private static final Duration QUICK = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;

    @Test
    void shouldAnswer503AndServeKeptAnswersWhileTheDatabaseIsAway() throws Exception {
        try (PackagedService service = PackagedService.start(dataDir, Map.of("TONGPIN_DELIVERY_REQUIRE_KEY", "false"))) {
            assertTrue(service.awaitReady(Duration.ofSeconds(120)), "service did not start:\n" + service.logText());
            String key = service.printedAdminKey();
            HttpResponse<String> fresh = service.get(KEPT, null);
            assertEquals(200, fresh.statusCode());
            assertEquals(200, service.get(KEPT, null).statusCode()); // kept

            refuseConnections(service, true);
            HttpResponse<String> stale = service.await(KEPT, null, r -> r.headers().firstValue("Cache-Status").isPresent(),
                    Duration.ofSeconds(20), r -> assertEquals(200, r.statusCode(), "a kept answer never fails: " + r.body()));
            assertTrue(stale.headers().firstValue("Cache-Status").orElseThrow().contains("fwd=stale"));
            assertEquals(fresh.body(), stale.body());
            assertEquals(fresh.headers().firstValue("ETag"), stale.headers().firstValue("ETag"));

            assertUnavailable(service, "/admin/v1/topics", key);
            assertUnavailable(service, "/content/v1/topics?limit=7", null); // never built: nothing to serve
            service.await("/q/health/ready", null, r -> r.statusCode() == 503, Duration.ofSeconds(20), r -> { });

            refuseConnections(service, false);
            Instant back = Instant.now();
            service.await("/admin/v1/topics", key, r -> r.statusCode() == 200, Duration.ofSeconds(10), r -> { });
            long recovery = Duration.between(back, Instant.now()).toMillis();
            System.out.printf("Serving from the database again %d ms after it took connections again%n", recovery);
            assertTrue(recovery < 2_000, "serving again " + recovery + " ms after the database took connections again");
            service.await(KEPT, null, r -> r.statusCode() == 200 && r.headers().firstValue("Cache-Status").isEmpty(),
                    Duration.ofSeconds(10), r -> { });
            service.await("/q/health/ready", null, r -> r.statusCode() == 200, Duration.ofSeconds(20), r -> { });
            assertFalse(service.logText().contains("Unexpected error"), service.logText());
        }
    }

    /** 503, a problem with Retry-After, quickly: the pool does not wait long for a connection that will not come. */
    private void assertUnavailable(PackagedService service, String path, String key) throws Exception {
        Instant asked = Instant.now();
        HttpResponse<String> response = service.get(path, key);
        Duration took = Duration.between(asked, Instant.now());
        assertEquals(503, response.statusCode(), path + ": " + response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After on " + path);
        assertTrue(response.body().contains("\"code\":\"database_unavailable\""), response.body());
        assertTrue(took.compareTo(QUICK) < 0, path + " took " + took);
    }

    /** ALLOW_CONNECTIONS false and the open sessions ended: what a database going away looks like to the service. */
    private static void refuseConnections(PackagedService service, boolean refuse) throws Exception {
        try (Connection c = DriverManager.getConnection(service.jdbcUrl().replace("/postgres?", "/template1?"));
                Statement s = c.createStatement()) {
            s.execute("alter database postgres allow_connections " + !refuse);
            if (refuse) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'postgres'");
            }
        }
    }
}
