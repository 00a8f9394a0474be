package cn.tongpin.channel.feed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.channel.ChannelFixtures;
import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** With a WebSub hub configured, feeds name it and a publish tells it every feed the article is in. */
@QuarkusTest
@QuarkusTestResource(value = WebSubHubTest.FakeHub.class, restrictToAnnotatedClass = true)
@Tag("persistence")
class WebSubHubTest {

    static final Set<String> TOLD = ConcurrentHashMap.newKeySet();

    @Test
    void shouldNameHubAndTellItOfPublishes() throws Exception {
        String topic = Fixtures.topic("招商引资" + Json.unique(""));
        String topicSlug = given().get("/admin/v1/topics/" + topic).then().extract().path("slug");
        given().get("/content/v1/feeds/rss").then().statusCode(200).header("Link", containsString("rel=\"hub\""))
                .body(containsString("rel=\"hub\""));
        Map<String, Object> article = ChannelFixtures.article("招商推介" + Json.unique(""), "<p>正文</p>");
        article.put("topics", List.of(topic));
        ChannelFixtures.published(article);
        String expected = "https://content.tongpin.test/content/v1/feeds/topics/" + topicSlug + "/atom?locale=zh-Hant";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!TOLD.contains(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertTrue(TOLD.contains(expected), () -> "hub was told " + TOLD);
        assertTrue(TOLD.contains("https://content.tongpin.test/content/v1/feeds/rss"));
    }

    /** A hub on a free local port that records what it is told. */
    public static class FakeHub implements QuarkusTestResourceLifecycleManager {

        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", exchange -> {
                String body = URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8);
                TOLD.add(body.replace("hub.mode=publish&hub.url=", ""));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return Map.of("tongpin.channels.feeds.websub-hub", "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                    "tongpin.channels.feeds.websub-interval", "1s");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
