package cn.tongpin.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks are never lost and never doubled in effect: the service is killed (kill -9) while it
 * dispatches, and started again on the same data; then the receiver is down for a while
 * for a minute ({@code tongpin.it.receiver-down-seconds}, 60 by default) while more
 * articles are published. Every publish must arrive, each under exactly one webhook-id (a receiver
 * de-duplicating by it handles each once), however often that id was sent.
 */
class WebhookDeliveryIT {

    private static final String ADMIN_KEY = "tp_live_BenchAdminKeyOnlyForThisBenchmarkRun000000000000";
    private static final Duration DOWN = Duration.ofSeconds(Long.getLong("tongpin.it.receiver-down-seconds", 60));
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    /** What the receiver got: webhook-id and the article's id, per request. */
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private volatile boolean down;
    private volatile boolean slow = true;

    @Test
    void shouldDeliverEveryPublishOnceInEffectAcrossAKillAndAnOutage() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = 503;
            if (!down) {
                JsonNode message = JSON.readTree(body);
                received.add(new String[] { exchange.getRequestHeaders().getFirst("webhook-id"), message.path("data").path("id").asText() });
                try {
                    Thread.sleep(slow ? 500 : 5); // before the kill, a receiver that takes a while: the kill finds requests in flight
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 204;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        Map<String, String> env = Map.of("TONGPIN_SECURITY_BOOTSTRAP_ADMIN_KEY", ADMIN_KEY, "TONGPIN_DEMO_ENABLED", "false",
                "TONGPIN_RATE_LIMIT_CLIENT", "1000000", "TONGPIN_WEBHOOKS_ALLOWED_TARGETS", "127.0.0.1/32",
                "TONGPIN_WEBHOOKS_RETRY_DELAYS", "1s,1s,2s,2s,5s,5s,10s,10s,10s,10s,10s,10s", "TONGPIN_WEBHOOKS_LEASE", "3s");
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        try {
            try (PackagedService service = PackagedService.start(dataDir, env)) {
                assertTrue(service.awaitReady(Duration.ofSeconds(120)), "service did not start:\n" + service.logText());
                post(service, "/admin/v1/webhooks", Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "eventTypes", List.of("article.published")), 201);
                for (int i = 0; i < 60; i++) {
                    first.add(draft(service, "杀进程之前 " + i));
                }
                for (int i = 0; i < 40; i++) {
                    second.add(draft(service, "接收方停机 " + i));
                }
                for (String id : first) {
                    post(service, "/admin/v1/articles/" + id + "/publish", null, 200);
                }
                await(() -> received.size() >= 10, Duration.ofSeconds(60), "the first deliveries");
                service.kill();
            }
            int beforeRestart = received.size();
            slow = false;
            try (PackagedService service = PackagedService.start(dataDir, env)) {
                assertTrue(service.awaitReady(Duration.ofSeconds(120)), "service did not start again:\n" + service.logText());
                await(() -> articles().containsAll(first), Duration.ofSeconds(120), "every publish before the kill");
                System.out.printf("Killed after %d deliveries; all %d arrived after the restart%n", beforeRestart, first.size());

                down = true;
                for (String id : second) {
                    post(service, "/admin/v1/articles/" + id + "/publish", null, 200);
                }
                Thread.sleep(DOWN.toMillis()); // the outage itself, not a wait for a result
                down = false;
                await(() -> articles().containsAll(second), Duration.ofSeconds(90), "every publish made while the receiver was down");
            }
        } finally {
            receiver.stop(0);
        }
        Map<String, Set<String>> idsByArticle = received.stream()
                .collect(Collectors.groupingBy(r -> r[1], Collectors.mapping(r -> r[0], Collectors.toSet())));
        for (String article : first) {
            assertEquals(1, idsByArticle.get(article).size(), "one webhook-id per publish: " + article);
        }
        for (String article : second) {
            assertEquals(1, idsByArticle.get(article).size(), "one webhook-id per publish: " + article);
        }
        long distinct = received.stream().map(r -> r[0]).distinct().count();
        assertEquals(first.size() + second.size(), distinct, "zero lost, zero doubled ids");
        assertTrue(received.size() > distinct, "the kill came while messages were in flight: they were sent again, with their ids");
        System.out.printf("%d requests for %d webhook-ids (the rest: the same id again, which a receiver drops)%n", received.size(), distinct);
    }

    private Set<String> articles() {
        return received.stream().map(r -> r[1]).collect(Collectors.toCollection(ConcurrentHashMap::newKeySet));
    }

    private String draft(PackagedService service, String title) throws Exception {
        return post(service, "/admin/v1/articles", Map.of("title", title + " " + System.nanoTime(), "bodyFormat", "markdown", "body", "正文"), 201)
                .path("id").asText();
    }

    private JsonNode post(PackagedService service, String path, Object body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + ADMIN_KEY);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } else {
            request.POST(HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), path + ": " + response.body());
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static void await(java.util.function.BooleanSupplier condition, Duration timeout, String what) {
        Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
    }
}
