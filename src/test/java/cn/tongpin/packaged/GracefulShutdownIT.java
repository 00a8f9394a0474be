package cn.tongpin.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM: new requests are refused with 503 and Retry-After and readiness goes down at once, the
 * request in flight finishes with the database still there, then the database stops, last, and the
 * process exits within seconds.
 */
class GracefulShutdownIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldFinishTheRequestInFlightAndRefuseNewOnesThenStopTheDatabaseLast() throws Exception {
        try (PackagedService service = PackagedService.start(dataDir, Map.of())) {
            assertTrue(service.awaitReady(Duration.ofSeconds(120)), "service did not start:\n" + service.logText());
            String key = service.printedAdminKey();
            assertEquals(200, service.get("/admin/v1/topics", key).statusCode());

            String body = "{\"name\":\"关停中写入\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            try (Socket inFlight = new Socket("127.0.0.1", service.port)) {
                inFlight.setSoTimeout(15_000);
                OutputStream out = inFlight.getOutputStream();
                out.write(("POST /admin/v1/topics HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + key
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(bytes, 0, 5); // the body arrives slowly: the request is in flight when the stop comes
                out.flush();
                assertEquals(200, service.get("/q/health/live", null).statusCode()); // the server has read the headers by now

                service.terminate();
                HttpResponse<String> refused = service.await("/admin/v1/topics", key, r -> r.statusCode() == 503, Duration.ofSeconds(10), r -> { });
                assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
                assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After");
                assertTrue(refused.body().contains("\"code\":\"shutting_down\""), refused.body());
                assertEquals(503, service.get("/q/health/ready", null).statusCode(), "readiness is down");

                out.write(bytes, 5, bytes.length - 5);
                out.flush();
                String status = new BufferedReader(new InputStreamReader(inFlight.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertEquals("HTTP/1.1 201 Created", status, "the request in flight was written, with the database still there");
            }
            Instant finished = Instant.now();
            assertNotEquals(-1, service.awaitExit(Duration.ofSeconds(10)), "the process exits once nothing is in flight");
            assertTrue(Duration.between(finished, Instant.now()).toSeconds() < 10);
            assertDatabaseStoppedLast(service);
        }
    }

    @Test
    void shouldExitWithinSecondsWhenIdle() throws Exception {
        try (PackagedService service = PackagedService.start(dataDir, Map.of())) {
            assertTrue(service.awaitReady(Duration.ofSeconds(120)), "service did not start:\n" + service.logText());
            Instant stop = Instant.now();
            service.terminate();
            assertNotEquals(-1, service.awaitExit(Duration.ofSeconds(10)), "exited within 10 s:\n" + service.logText());
            assertTrue(Duration.between(stop, Instant.now()).toMillis() < 5_000, "an idle service stops within 5 s");
            assertDatabaseStoppedLast(service);
        }
    }

    /**
     * The application reports itself stopped (requests, beans, pool), and PostgreSQL stopped cleanly
     * after it (a clean stop removes postmaster.pid; a killed or orphaned server leaves it). That the
     * database outlived the requests shows in the 201 of the request in flight. (The database stops
     * after the application's logging has closed, so its own line does not reach the log.)
     */
    private static void assertDatabaseStoppedLast(PackagedService service) throws Exception {
        String log = service.logText();
        assertTrue(log.contains("tongpin stopped in"), log);
        assertFalse(Files.exists(service.dataDir.resolve("pg").resolve("postmaster.pid")), "PostgreSQL stopped cleanly");
        assertFalse(log.contains("ERROR"), log);
    }
}
