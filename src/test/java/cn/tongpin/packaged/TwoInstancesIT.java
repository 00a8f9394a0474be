package cn.tongpin.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged services on one database, each with its own in-process cache of delivery answers.
 * A write committed on the database followed by the writer's fence (exactly what an instance does
 * after a management write; the packaged service in prod takes no writes without credentials)
 * shows on the very next read from either instance, also when both had the old answer cached.
 */
class TwoInstancesIT {

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldNeverServeAStaleAnswerAfterAnotherInstanceWrites() throws Exception {
        // Anonymous delivery reads without rate limits: this test is about freshness, not keys.
        Map<String, String> open = Map.of("TONGPIN_DELIVERY_REQUIRE_KEY", "false", "TONGPIN_RATE_LIMIT_ENABLED", "false");
        try (PackagedService first = PackagedService.start(dataDir, open)) {
            assertTrue(first.awaitReady(Duration.ofSeconds(120)), "first service did not start:\n" + first.logText());
            try (PackagedService second = PackagedService.start(dataDir.resolve("unused"),
                    Map.of("QUARKUS_DATASOURCE_JDBC_URL", first.jdbcUrl(), "QUARKUS_DATASOURCE_USERNAME", "postgres",
                            "TONGPIN_DELIVERY_REQUIRE_KEY", "false", "TONGPIN_RATE_LIMIT_ENABLED", "false"))) {
                assertTrue(second.awaitReady(Duration.ofSeconds(120)), "second service did not start:\n" + second.logText());
                String path = "/content/v1/participants/zhou-qixian";
                for (int round = 1; round <= 10; round++) {
                    for (PackagedService service : new PackagedService[] { first, second }) {
                        get(service, path); // built and cached
                        get(service, path); // served from the cache
                    }
                    String name = "周岐贤" + round;
                    try (Connection c = DriverManager.getConnection(first.jdbcUrl());
                            PreparedStatement s = c.prepareStatement(
                                    "update participant set name = ?, version = version + 1 where slug = 'zhou-qixian'")) {
                        s.setString(1, name);
                        assertEquals(1, s.executeUpdate());
                        assertTrue(cn.tongpin.delivery.freshness.WriteFence.await(c, Duration.ofSeconds(5)), "both instances heard it");
                    }
                    assertTrue(get(second, path).contains("\"name\":\"" + name + "\""), "second instance, round " + round);
                    assertTrue(get(first, path).contains("\"name\":\"" + name + "\""), "first instance, round " + round);
                }
            }
        }
    }

    private String get(PackagedService service, String path) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
