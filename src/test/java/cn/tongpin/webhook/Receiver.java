package cn.tongpin.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * A webhook receiver on 127.0.0.1 for the tests. Each path answers its own way: {@code /ok/…} 204,
 * {@code /gone/…} 410, {@code /redirect/…} 302 to /ok, {@code /flaky/…} 500 the first time a
 * webhook-id comes and 200 after, {@code /down/…} 503 until {@link #up} is called for that path.
 */
final class Receiver implements AutoCloseable {

    /** A request as received. */
    record Received(String path, Map<String, List<String>> headers, String body, Instant at) {

        String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> seenFlaky = ConcurrentHashMap.newKeySet();
    private final Set<String> upPaths = ConcurrentHashMap.newKeySet();

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Received r = new Received(path, Map.copyOf(exchange.getRequestHeaders()), new String(body, StandardCharsets.UTF_8), Instant.now());
            received.add(r);
            int status;
            if (path.startsWith("/gone")) {
                status = 410;
            } else if (path.startsWith("/redirect")) {
                exchange.getResponseHeaders().add("Location", url("/ok" + path));
                status = 302;
            } else if (path.startsWith("/flaky")) {
                status = seenFlaky.add(r.header("webhook-id")) ? 500 : 200;
            } else if (path.startsWith("/down")) {
                status = upPaths.contains(path) ? 200 : 503;
            } else {
                status = 204;
            }
            byte[] answer = status == 204 ? new byte[0] : ("answer " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void up(String path) {
        upPaths.add(path);
    }

    List<Received> at(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits (up to 20 s) until the requests to a path satisfy the condition; returns them. */
    List<Received> await(String path, Predicate<List<Received>> condition) {
        return Awaitility.await("requests to " + path).atMost(Duration.ofSeconds(20)).until(() -> new ArrayList<>(at(path)), condition::test);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
