package cn.tongpin.channel.feed;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.ImportedArticles;
import cn.tongpin.support.Json;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** With a WebSub hub configured, feeds name it and a publish tells it every feed the article is in. */
@QuarkusTest
@QuarkusTestResource(value = WebSubHubTest.FakeHub.class, restrictToAnnotatedClass = true)
class WebSubHubTest {

    static final Set<String> TOLD = ConcurrentHashMap.newKeySet();
    /** The notifier's page size in this test, so that a tie larger than a page stays small. */
    static final int BATCH = 5;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldNameHubAndTellItOfPublishes() throws Exception {
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
    void shouldTellOfChangesAfterMoreArticlesThanAPageShareOneChangeTime() throws Exception {
        // A bulk import in one transaction: more published rows than the notifier reads at once, all stamped alike.
        String prefix = Json.unique("websub-bulk");
        try {
            ImportedArticles.insert(dataSource, prefix, 3 * BATCH + 2, "published", 0, null);
            String topic = Fixtures.topic("批量之后" + Json.unique("")).id();
            String topicSlug = given().get("/admin/v1/topics/" + topic).then().extract().path("slug");
            Map<String, Object> article = Fixtures.article("批量之后" + Json.unique("")).html("<p>正文</p>").body();
            article.put("topics", List.of(topic));
            Fixtures.publishedArticle(article);

            awaitTold(topicSlug);
        } finally {
            ImportedArticles.delete(dataSource, prefix);
        }
    }

    @Test
    void shouldTellOfAChangeCommittedAfterANewerOne() throws Exception {
        String newer = Fixtures.topic("较新" + Json.unique("")).id();
        Map<String, Object> article = Fixtures.article("较新" + Json.unique("")).html("<p>正文</p>").body();
        article.put("topics", List.of(newer));
        Fixtures.publishedArticle(article);
        awaitTold(given().get("/admin/v1/topics/" + newer).then().extract().path("slug"));

        // Stamped before the change the hub was just told of, committed after it (a slow transaction).
        String topic = Fixtures.topic("迟到" + Json.unique("")).id();
        UUID topicId = UUID.fromString(given().get("/admin/v1/topics/" + topic).then().extract().path("id"));
        String topicSlug = given().get("/admin/v1/topics/" + topic).then().extract().path("slug");
        String prefix = Json.unique("websub-late");
        try {
            assertEquals(1, ImportedArticles.insert(dataSource, prefix, 1, "published", 10, topicId));
            awaitTold(topicSlug);
        } finally {
            ImportedArticles.delete(dataSource, prefix);
        }
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
            return Map.of("tongpin.channels.feeds.websub-hub", "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                    "tongpin.channels.feeds.websub-interval", "1s", "tongpin.channels.feeds.websub-batch", String.valueOf(BATCH));
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
