package cn.tongpin.channel.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Tells a WebSub hub that feeds changed ({@code hub.mode=publish}, one request per feed URL, as
 * every hub understands). Failures are logged, never thrown: a hub that is down must not stop a publish.
 */
public final class WebSubPublisher {

    private static final Logger LOG = Logger.getLogger(WebSubPublisher.class);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI hub;

    public WebSubPublisher(String hub) {
        this.hub = URI.create(hub);
    }

    /** Sends the pings and completes when the hub has answered all of them (or they failed). */
    public CompletableFuture<Integer> publish(Collection<String> feedUrls) {
        List<CompletableFuture<Boolean>> pings = new ArrayList<>();
        for (String url : feedUrls) {
            HttpRequest request = HttpRequest.newBuilder(hub).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("hub.mode=publish&hub.url=" + URLEncoder.encode(url, StandardCharsets.UTF_8)))
                    .build();
            pings.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, error) -> {
                if (error != null || response.statusCode() / 100 != 2) {
                    LOG.warnf("WebSub hub %s did not take %s: %s", hub, url, error != null ? error.toString() : "HTTP " + response.statusCode());
                    return false;
                }
                return true;
            }));
        }
        return CompletableFuture.allOf(pings.toArray(CompletableFuture[]::new))
                .thenApply(v -> (int) pings.stream().filter(CompletableFuture::join).count());
    }
}
