package cn.tongpin.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sends one signed delivery and says what came of it. Redirects are never followed (a 3xx is a
 * failure: a redirect could lead inside the network); connecting and the whole exchange have
 * bounded times; only the first bytes of the answer are read. The target is checked against
 * {@link TargetGuard} again right before sending, and a plain-http request goes to the address that
 * was checked (the Host header names the host), so DNS cannot answer differently in between; https
 * needs the host's own certificate, which an internal address cannot present.
 */
@ApplicationScoped
public class WebhookSender {

    static final int EXCERPT_BYTES = 1024;
    static final String USER_AGENT = "Tongpin-Webhooks/1";

    static {
        // Lets a pinned plain-http request name its host; read once when the HTTP client's classes load.
        if (System.getProperty("jdk.httpclient.allowRestrictedHeaders") == null) {
            System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
        }
    }

    @Inject
    WebhookConfig config;

    @Inject
    TargetGuard guard;

    private volatile HttpClient client;

    /** What one attempt came to. */
    public record Outcome(Integer status, String error, String excerpt, int durationMs) {

        public boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        /** 410 Gone: the receiver says the subscription is over. */
        public boolean gone() {
            return status != null && status == 410;
        }
    }

    public Outcome send(String url, String id, long timestamp, String body, String signatures) {
        long start = System.nanoTime();
        try {
            URI uri = TargetGuard.parse(url);
            List<InetAddress> addresses = guard.resolve(uri);
            HttpRequest request = request(uri, addresses.get(0), id, timestamp, body, signatures);
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = excerpt(in.readNBytes(EXCERPT_BYTES));
            }
            int status = response.statusCode();
            String error = null;
            if (status >= 300 && status < 400) {
                error = "redirect not followed" + response.headers().firstValue("Location").map(l -> " (Location: " + clip(l, 300) + ")").orElse("");
            } else if (status < 200 || status >= 300) {
                error = "HTTP " + status;
            }
            return new Outcome(status, error, excerpt, millisSince(start));
        } catch (TargetGuard.Refused e) {
            return new Outcome(null, clip("target refused: " + e.getMessage(), 500), null, millisSince(start));
        } catch (HttpConnectTimeoutException e) {
            return new Outcome(null, "connect timed out after " + config.connectTimeout().toMillis() + " ms", null, millisSince(start));
        } catch (HttpTimeoutException e) {
            return new Outcome(null, "timed out after " + config.requestTimeout().toMillis() + " ms", null, millisSince(start));
        } catch (ConnectException e) {
            return new Outcome(null, "connection refused or unreachable", null, millisSince(start));
        } catch (IOException | RuntimeException e) {
            return new Outcome(null, clip(describe(e), 500), null, millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted (shutting down)", null, millisSince(start));
        }
    }

    private HttpRequest request(URI uri, InetAddress address, String id, long timestamp, String body, String signatures) {
        HttpRequest.Builder builder = HttpRequest.newBuilder()
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signatures)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        Optional<URI> pinned = pinned(uri, address);
        if (pinned.isPresent()) {
            try {
                return builder.copy().uri(pinned.get()).header("Host", uri.getRawAuthority()).build();
            } catch (IllegalArgumentException e) {
                // The JVM does not let us name the host: send to the name, checked a moment ago.
            }
        }
        return builder.uri(uri).build();
    }

    /** A plain-http URL with the checked address in place of the host name. */
    static Optional<URI> pinned(URI uri, InetAddress address) {
        if (!"http".equals(uri.getScheme().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String literal = address.getHostAddress();
        int scope = literal.indexOf('%');
        if (scope >= 0) {
            literal = literal.substring(0, scope);
        }
        if (address instanceof Inet6Address) {
            literal = "[" + literal + "]";
        }
        if (literal.equalsIgnoreCase(uri.getHost())) {
            return Optional.empty();
        }
        String rest = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return Optional.of(URI.create("http://" + literal + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + rest));
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(config.connectTimeout()).version(HttpClient.Version.HTTP_1_1).build();
                }
                c = client;
            }
        }
        return c;
    }

    private static String excerpt(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8).replace('\u0000', '\uFFFD');
        return text.isEmpty() ? null : clip(text, 1000);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static int millisSince(long start) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - start) / 1_000_000);
    }
}
