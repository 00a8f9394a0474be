package cn.tongpin.channel.feed;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * With a WebSub hub configured, feeds name it, and every write that publishes an article (a call, the
 * scheduler, a bulk import) tells it every feed the article is in.
 */
@QuarkusTest
@QuarkusTestResource(value = WebSubHubTest.FakeHub.class, restrictToAnnotatedClass = true)
class WebSubHubTest {

    static final Set<String> TOLD = ConcurrentHashMap.newKeySet();
    @Test
    void shouldNameHubAndTellItOfPublishes() {
        String topic = Fixtures.topic("招商引资" + Json.unique("")).id();
        String topicSlug = given().get("/admin/v1/topics/" + topic).then().extract().path("slug");
        given().get("/content/v1/feeds/rss").then().statusCode(200).header("Link", containsString("rel=\"hub\""))
                .body(containsString("rel=\"hub\""));
        Map<String, Object> article = Fixtures.article("招商推介" + Json.unique("")).html("<p>正文</p>").body();
        article.put("topics", List.of(topic));
        Fixtures.publishedArticle(article);
        awaitTold(topicSlug);
        assertTrue(TOLD.contains("https://content.tongpin.test/content/v1/feeds/rss"));
    }

    @Test
    void shouldTellOfAScheduledPublish() {
        String topic = Fixtures.topic("定时" + Json.unique("")).id();
        Map<String, Object> article = Fixtures.article("定时" + Json.unique("")).html("<p>正文</p>").body();
        article.put("topics", List.of(topic));
        String id = Fixtures.post("/admin/v1/articles", article);
        given().contentType(ContentType.JSON).body(Map.of("publishAt", OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1).toString()))
                .post("/admin/v1/articles/" + id + "/schedule").then().statusCode(200);
        awaitTold(given().get("/admin/v1/topics/" + topic).then().extract().path("slug"));
    }

    @Test
    void shouldTellOfWhatABulkImportPublishes() {
        // A published article of the export, under a new id and slug and filed under a new topic: the import inserts it.
        String topic = Fixtures.topic("导出" + Json.unique("")).id();
        Map<String, Object> article = Fixtures.article("导入" + Json.unique("")).html("<p>正文</p>").body();
        article.put("topics", List.of(topic));
        String id = Fixtures.publishedArticle(article);
        String newTopic = Fixtures.topic("导入" + Json.unique("")).id();
        String newId = UUID.randomUUID().toString();
        String export = given().get("/admin/v1/export").then().statusCode(200).extract().asString();
        String stream = export.lines().filter(line -> line.contains("\"type\":\"header\"") || line.contains(id)
                        && (line.contains("\"type\":\"article\"") || line.contains("\"type\":\"article-topic\"")))
                .map(line -> line.replace(id, newId).replace(topic, newTopic).replaceAll("\"slug\":\"([^\"]+)\"", "\"slug\":\"$1-copy\""))
                .collect(Collectors.joining("\n"));
        given().contentType("application/x-ndjson").body(stream.getBytes(StandardCharsets.UTF_8)).post("/admin/v1/imports/bulk")
                .then().statusCode(200).body("types.article.inserted", equalTo(1));
        awaitTold(given().get("/admin/v1/topics/" + newTopic).then().extract().path("slug"));
    }

    private static void awaitTold(String topicSlug) {
        String expected = "https://content.tongpin.test/content/v1/feeds/topics/" + topicSlug + "/atom?locale=zh-Hant";
        await("the hub to be told " + expected).atMost(Duration.ofSeconds(20)).until(() -> TOLD.contains(expected));
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
            return Map.of("tongpin.channels.feeds.websub-hub", "http://127.0.0.1:" + server.getAddress().getPort() + "/");
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
