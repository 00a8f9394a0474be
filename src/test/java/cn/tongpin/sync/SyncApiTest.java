package cn.tongpin.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Images;
import cn.tongpin.support.Json;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Tag("persistence")
class SyncApiTest {

    private static final String ARTICLES = "/admin/v1/articles";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SyncTokens tokens;

    @Inject
    ChangeLogPruning pruning;

    @Test
    void shouldPageThroughEverythingPublishedOnTheFirstSync() {
        String draft = Fixtures.post(ARTICLES, article("草稿"));
        String published = publishedArticle("已发布");
        LocalCopy copy = new LocalCopy(7).sync();
        assertTrue(copy.items.containsKey("article:" + published));
        assertFalse(copy.items.containsKey("article:" + draft));
        assertTrue(copy.lastDeleted.isEmpty());
        copy.assertMatchesDelivery();
        // The item is the one the item route answers, body and all.
        String body = given().get("/content/v1/articles/" + published).then().statusCode(200).extract().asString();
        assertEquals(LocalCopy.read(body), copy.items.get("article:" + published));
    }

    @Test
    void shouldAnswerExactlyWhatChangedSinceTheLastSync() {
        LocalCopy copy = new LocalCopy(3).sync();
        assertTrue(new LocalCopy(3).sync().syncToken != null);
        copy.sync();
        assertEquals(Set.of(), copy.lastItemKeys(), "nothing changed");
        assertEquals(Set.of(), copy.lastDeletedKeys());

        String topic = Fixtures.topic("同步" + Json.unique("")).id();
        String a = publishedArticle("甲");
        Map<String, Object> withTopic = article("乙");
        withTopic.put("topics", List.of(topic));
        String b = Fixtures.post(ARTICLES, withTopic);
        String draft = Fixtures.post(ARTICLES, article("丙")); // never delivered: not in the delta
        given().post(ARTICLES + "/" + b + "/publish").then().statusCode(200);
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"2\"").body(Map.of("title", "乙改" + Json.unique("")))
                .patch(ARTICLES + "/" + b).then().statusCode(200);
        copy.sync();
        assertEquals(Set.of("topic:" + topic, "article:" + a, "article:" + b), copy.lastItemKeys());
        assertEquals(Set.of(), copy.lastDeletedKeys(), "a draft is not news to the app");
        copy.assertMatchesDelivery();

        given().post(ARTICLES + "/" + a + "/unpublish").then().statusCode(200);
        given().delete(ARTICLES + "/" + b).then().statusCode(204);
        given().delete(ARTICLES + "/" + draft).then().statusCode(204);
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("name", "改名" + Json.unique("")))
                .patch("/admin/v1/topics/" + topic).then().statusCode(200);
        copy.sync();
        assertEquals(Set.of("topic:" + topic), copy.lastItemKeys());
        assertEquals(Set.of("article:" + a, "article:" + b, "article:" + draft), copy.lastDeletedKeys());
        copy.assertMatchesDelivery();

        // Deleted, then made again under the same slug: the new item, and a tombstone for the old one.
        String slug = Json.unique("again").toLowerCase(java.util.Locale.ROOT);
        Map<String, Object> org = Map.of("slug", slug, "name", "先删" + Json.unique(""), "kind", "other");
        String first = Fixtures.post("/admin/v1/organizations", org);
        copy.sync();
        given().delete("/admin/v1/organizations/" + first).then().statusCode(204);
        String again = Fixtures.post("/admin/v1/organizations", org);
        copy.sync();
        assertEquals(Set.of("organization:" + again), copy.lastItemKeys());
        assertEquals(Set.of("organization:" + first), copy.lastDeletedKeys());
        assertEquals(slug, copy.items.get("organization:" + again).get("slug").asText());
        copy.assertMatchesDelivery();
    }

    @Test
    void shouldShowANewNameInTheItemsThatNameIt() {
        String org = Fixtures.organization("旧名" + Json.unique("")).id();
        Map<String, Object> body = article("署名");
        body.put("sourceOrganization", org);
        String id = Fixtures.post(ARTICLES, body);
        given().post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        LocalCopy copy = new LocalCopy(50).sync();
        String name = "新名" + Json.unique("");
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("name", name))
                .patch("/admin/v1/organizations/" + org).then().statusCode(200);
        copy.sync();
        assertEquals(Set.of("organization:" + org, "article:" + id), copy.lastItemKeys());
        assertEquals(name, copy.items.get("article:" + id).get("sourceOrganization").get("name").asText());
    }

    @Test
    void shouldShowNewCoverDetailsInTheArticlesThatShowTheImage() {
        String cover = Fixtures.asset(Images.png(40, 30), "image/png", "旧的说明");
        String inBody = Fixtures.asset(Images.png(40, 30), "image/png", "正文图");
        Map<String, Object> body = article("封面");
        body.put("coverImage", cover);
        String id = Fixtures.post(ARTICLES, body);
        given().post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        Map<String, Object> withBodyImage = article("正文配图");
        withBodyImage.put("body", "正文\n\n![图](asset:" + inBody + ")");
        String other = Fixtures.post(ARTICLES, withBodyImage);
        given().post(ARTICLES + "/" + other + "/publish").then().statusCode(200);
        LocalCopy copy = new LocalCopy(50).sync();

        String altText = "新的说明" + Json.unique("");
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("altText", altText, "caption", "图注"))
                .patch("/admin/v1/assets/" + cover).then().statusCode(200);
        copy.sync();
        assertEquals(Set.of("article:" + id), copy.lastItemKeys(), "the article shows the cover's details");
        assertEquals(altText, copy.items.get("article:" + id).get("coverImage").get("altText").asText());
        assertEquals("图注", copy.items.get("article:" + id).get("coverImage").get("caption").asText());
        copy.assertMatchesDelivery();

        // The body's HTML keeps what it said of its images: the article is not news.
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("altText", "改" + Json.unique("")))
                .patch("/admin/v1/assets/" + inBody).then().statusCode(200);
        copy.sync();
        assertEquals(Set.of(), copy.lastItemKeys());
    }

    /**
     * Transaction A takes its id, B (a later id) commits, a sync runs, then A commits: A's change
     * is in the next sync, and B's in exactly one of the two.
     */
    @Test
    void shouldNotMissATransactionThatCommitsAfterALaterOne() throws Exception {
        String slow = Fixtures.topic("慢" + Json.unique("")).id();
        String fast = Fixtures.topic("快" + Json.unique("")).id();
        LocalCopy copy = new LocalCopy(20).sync();
        String slowName = "慢改" + Json.unique("");
        try (Connection a = dataSource.getConnection()) {
            a.setAutoCommit(false);
            long txidA;
            try (ResultSet rs = a.createStatement().executeQuery("select cast(pg_current_xact_id() as text)")) {
                rs.next();
                txidA = Long.parseLong(rs.getString(1));
            }
            // B: an ordinary write through the API, with a later transaction id, commits first.
            given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("description", "B"))
                    .patch("/admin/v1/topics/" + fast).then().statusCode(200);
            assertTrue(txidOf(fast) > txidA, "B's transaction id is after A's");
            // A writes what the service writes for a change: the row and its change log entry.
            try (PreparedStatement update = a.prepareStatement("update topic set name = ?, version = version + 1 where id = ?")) {
                update.setString(1, slowName);
                update.setObject(2, UUID.fromString(slow));
                assertEquals(1, update.executeUpdate());
            }
            try (PreparedStatement log = a.prepareStatement("insert into content_change (type, item_id, slug, kind, visible, version)"
                    + " select 'topic', id, slug, 'updated', true, version from topic where id = ?")) {
                log.setObject(1, UUID.fromString(slow));
                log.executeUpdate();
            }
            copy.sync();
            assertFalse(copy.lastItemKeys().contains("topic:" + slow), "A has not committed");
            boolean bInFirst = copy.lastItemKeys().contains("topic:" + fast);
            a.commit();
            copy.sync();
            assertTrue(copy.lastItemKeys().contains("topic:" + slow), "A's change must not be missed");
            assertEquals(slowName, copy.items.get("topic:" + slow).get("name").asText());
            assertEquals(!bInFirst, copy.lastItemKeys().contains("topic:" + fast), "B's change is reported exactly once");
        }
        copy.sync();
        assertEquals(Set.of(), copy.lastItemKeys());
    }

    @Test
    void shouldRefuseATokenItDidNotGiveOut() {
        LocalCopy copy = new LocalCopy(1).sync();
        String token = copy.syncToken;
        String tampered = token.substring(0, 3) + (token.charAt(3) == 'A' ? 'B' : 'A') + token.substring(4);
        given().queryParam("syncToken", tampered).get("/content/v1/sync").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("syncToken"));
        for (String junk : List.of("x", "not.a-token", "%%%", "a".repeat(600), token + "x")) {
            given().queryParam("syncToken", junk).get("/content/v1/sync").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        String pageToken = given().queryParam("limit", 1).get("/content/v1/sync").then().statusCode(200).extract().path("nextPageToken");
        given().queryParam("syncToken", pageToken).get("/content/v1/sync").then().statusCode(400)
                .body("detail", containsString("pageToken"));
        given().queryParam("pageToken", token).get("/content/v1/sync").then().statusCode(400);
        given().queryParam("pageToken", pageToken).queryParam("syncToken", token).get("/content/v1/sync").then().statusCode(400);
        given().queryParam("limit", 0).get("/content/v1/sync").then().statusCode(400);
        given().queryParam("limit", 201).get("/content/v1/sync").then().statusCode(400);
        given().queryParam("since", "x").get("/content/v1/sync").then().statusCode(400);
    }

    @Test
    void shouldAnswer410ToATokenOlderThanTheRetention() {
        new LocalCopy(1).sync(); // makes the signing key
        long old = Instant.now().minus(31, ChronoUnit.DAYS).getEpochSecond();
        String expired = tokens.encode(SyncToken.next(1, old));
        given().queryParam("syncToken", expired).get("/content/v1/sync").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("/problems/sync-token-expired"))
                .body("detail", containsString("from the start"));
        String fresh = tokens.encode(SyncToken.next(1, Instant.now().minus(29, ChronoUnit.DAYS).getEpochSecond()));
        given().queryParam("syncToken", fresh).get("/content/v1/sync").then().statusCode(200);
    }

    @Test
    void shouldPruneChangesOlderThanTheRetention() throws Exception {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into content_change (type, item_id, slug, kind, visible, version,"
                        + " changed_at) values ('topic', ?, 'x', 'deleted', false, 1, now() - cast(? as interval))")) {
            insert.setObject(1, old);
            insert.setString(2, "32 days");
            insert.executeUpdate();
            insert.setObject(1, recent);
            insert.setString(2, "30 days");
            insert.executeUpdate();
        }
        pruning.prune();
        assertEquals(0, changesOf(old), "older than the retention and its day of margin");
        assertEquals(1, changesOf(recent), "within the retention and its margin");
    }

    @Test
    void shouldHonourTheLocale() {
        String topic = Fixtures.post("/admin/v1/topics", Map.of("name", "国际关系" + Json.unique("")));
        LocalCopy copy = new LocalCopy(200).sync();
        String token = copy.syncToken;
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("description", "发展"))
                .patch("/admin/v1/topics/" + topic).then().statusCode(200);
        given().queryParam("syncToken", token).queryParam("locale", "zh-Hant").get("/content/v1/sync").then().statusCode(200)
                .header("Content-Language", "zh-Hant")
                .body("items.find { it.id == '" + topic + "' }.data.name", containsString("國際關係"))
                .body("items.find { it.id == '" + topic + "' }.data.description", equalTo("發展"));
    }

    private int changesOf(UUID id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("select count(*) from content_change where item_id = ?")) {
            query.setObject(1, id);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long txidOf(String topicId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("select cast(max(txid) as text) from content_change where item_id = ?")) {
            query.setObject(1, UUID.fromString(topicId));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return Long.parseLong(rs.getString(1));
            }
        }
    }

    private static String publishedArticle(String title) {
        String id = Fixtures.post(ARTICLES, article(title));
        given().post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        return id;
    }

    static Map<String, Object> article(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title + Json.unique(""));
        body.put("body", "清远高新区代表团到访清远广播电视台。双方就深化宣传合作座谈交流。");
        return body;
    }

    static ContentType json() {
        return ContentType.JSON;
    }
}
