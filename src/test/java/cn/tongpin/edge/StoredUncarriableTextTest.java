package cn.tongpin.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.ImportedArticles;
import cn.tongpin.support.Json;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text no channel can carry that is already stored (an import that went around the service, data
 * from before the rule) must not take a channel down: every channel answers, without those characters.
 */
@QuarkusTest
class StoredUncarriableTextTest {

    /** What PostgreSQL stores but XML 1.0 or WeChat cannot carry (NUL and lone surrogates cannot be stored at all). */
    static final String BAD = "\u0001\u0008\u000B\u007F\u0085\u009F\uFDD0\uFFFE\uFFFF\uD83F\uDFFF";

    @Inject
    AgroalDataSource dataSource;

    private static String slug;
    private static UUID id;

    private synchronized void stored() throws SQLException {
        if (id == null) {
            slug = Json.unique("stored-bad");
            id = ImportedArticles.insertPublished(dataSource, slug, "标题" + BAD + "完", "摘要" + BAD + "完",
                    "<p>正文" + BAD + "完</p>", "记者" + BAD);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/content/v1/feeds/rss", "/content/v1/feeds/atom", "/content/v1/feeds/json",
            "/content/v1/feeds/rss?locale=zh-Hant", "/content/v1/feeds/atom?locale=zh-Hant", "/sitemap.xml",
            "/embed/v1/stories?limit=20", "/content/v1/articles/{id}/wechat", "/content/v1/articles/{id}/miniprogram",
            "/content/v1/articles/{id}/wechat?locale=zh-Hant", "/content/v1/articles/{id}/miniprogram?locale=zh-Hant" })
    void shouldServeEveryChannelWithoutTheCharacters(String template) throws Exception {
        stored();
        String path = template.replace("{id}", id.toString());
        Response answer = awaitListed(path);
        assertEquals(200, answer.statusCode(), answer.asString());
        String text = new String(answer.asByteArray(), StandardCharsets.UTF_8);
        for (int c : BAD.codePoints().toArray()) {
            assertFalse(text.contains(Character.toString(c)), "U+" + Integer.toHexString(c) + " left in " + path);
        }
        String type = answer.contentType();
        if (type.contains("xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(answer.asByteArray()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/content/v1/articles/{id}", "/content/v1/articles?limit=100", "/admin/v1/articles/{id}" })
    void shouldStillDeliverTheStoredTextAsJson(String template) throws Exception {
        stored();
        given().get(template.replace("{id}", id.toString())).then().statusCode(200);
    }

    /** Cached channel answers drop after the database's change notice; wait for it, not for a fixed time. */
    private static Response awaitListed(String path) {
        return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().get(path), answer -> answer.statusCode() != 200 || listed(path, answer));
    }

    private static boolean listed(String path, Response answer) {
        String text = new String(answer.asByteArray(), StandardCharsets.UTF_8);
        return path.contains(id.toString()) || text.contains(slug) || text.contains(id.toString());
    }
}
