package cn.tongpin.channel.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WebSubPublisherTest {

    @Test
    void shouldTellTheHubEveryFeedUrl() throws Exception {
        Set<String> told = ConcurrentHashMap.newKeySet();
        HttpServer hub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hub.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            told.add(URLDecoder.decode(body, StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hub.start();
        try {
            WebSubPublisher publisher = new WebSubPublisher("http://127.0.0.1:" + hub.getAddress().getPort() + "/");
            int accepted = publisher.publish(List.of("https://c.test/content/v1/feeds/rss", "https://c.test/content/v1/feeds/atom?locale=zh-Hant"))
                    .get(10, TimeUnit.SECONDS);
            assertEquals(2, accepted);
            assertEquals(Set.of("hub.mode=publish&hub.url=https://c.test/content/v1/feeds/rss",
                    "hub.mode=publish&hub.url=https://c.test/content/v1/feeds/atom?locale=zh-Hant"), told);
        } finally {
            hub.stop(0);
        }
    }

    @Test
    void shouldNotFailWhenTheHubIsDown() throws Exception {
        WebSubPublisher publisher = new WebSubPublisher("http://127.0.0.1:9/");
        assertEquals(0, publisher.publish(List.of("https://c.test/content/v1/feeds/rss")).get(20, TimeUnit.SECONDS));
    }
}
