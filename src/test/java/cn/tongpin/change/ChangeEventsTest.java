package cn.tongpin.change;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every write of content announces itself exactly once, with what it did and the version it wrote. */
@QuarkusTest
@Tag("persistence")
class ChangeEventsTest {

    private static final String ARTICLES = "/admin/v1/articles";

    @Inject
    RecordedChanges recorded;

    @Test
    void shouldAnnounceEachArticleWriteOnce() {
        String org = Fixtures.organization("来源" + Json.unique("")).id();
        String topic = Fixtures.topic("专题" + Json.unique("")).id();
        Map<String, Object> body = complete("变更事件");
        body.put("sourceOrganization", org);
        body.put("topics", List.of(topic));
        String id = Fixtures.post(ARTICLES, body);
        expect(id, ChangeKind.CREATED, 1, false);
        ContentChanged created = recorded.of(id).get(0);
        assertEquals(ContentType.ARTICLE, created.type());
        assertEquals(Set.of(UUID.fromString(org)), created.organizationIds());
        assertEquals(Set.of(UUID.fromString(topic)), created.topicIds());

        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("subtitle", "副题"))
                .patch(ARTICLES + "/" + id).then().statusCode(200);
        expect(id, ChangeKind.UPDATED, 2, false);

        given().post(ARTICLES + "/" + id + "/publish").then().statusCode(200);
        expect(id, ChangeKind.PUBLISHED, 3, true);

        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"3\"").body(Map.of("subtitle", "又一个副题"))
                .patch(ARTICLES + "/" + id).then().statusCode(200);
        expect(id, ChangeKind.UPDATED, 4, true);

        given().post(ARTICLES + "/" + id + "/unpublish").then().statusCode(200);
        expect(id, ChangeKind.UNPUBLISHED, 5, false);

        given().post(ARTICLES + "/" + id + "/unpublish").then().statusCode(200);
        expect(id, ChangeKind.UPDATED, 6, false);

        given().contentType(io.restassured.http.ContentType.JSON).body(Map.of("publishAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString()))
                .post(ARTICLES + "/" + id + "/schedule").then().statusCode(200);
        expect(id, ChangeKind.UPDATED, 7, false);

        given().header("If-Match", "\"7\"").post(ARTICLES + "/" + id + "/revisions/1/restore").then().statusCode(200);
        expect(id, ChangeKind.UPDATED, 8, false);

        given().delete(ARTICLES + "/" + id).then().statusCode(204);
        expect(id, ChangeKind.DELETED, 8, false);
        assertEquals(Set.of(UUID.fromString(org)), last(id).organizationIds(), "a delete still names what the item belonged to");
    }

    @Test
    void shouldAnnounceTheSchedulersPublicationAndTakeDown() {
        String id = Fixtures.post(ARTICLES, complete("定时变更"));
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1).toString();
        String later = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(3).toString();
        given().contentType(io.restassured.http.ContentType.JSON).body(Map.of("publishAt", soon, "unpublishAt", later))
                .post(ARTICLES + "/" + id + "/schedule").then().statusCode(200);
        awaitEvents(id, 4, Duration.ofSeconds(30));
        List<ChangeKind> kinds = recorded.of(id).stream().map(ContentChanged::kind).toList();
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.PUBLISHED, ChangeKind.UNPUBLISHED), kinds);
        assertTrue(recorded.of(id).get(2).visible());
        assertFalse(recorded.of(id).get(3).visible());
    }

    @Test
    void shouldAnnounceEachWriteOfTheDirectoryAndMeetings() {
        String org = Fixtures.organization("机构" + Json.unique("")).id();
        expect(org, ChangeKind.CREATED, 1, true);
        assertEquals(Set.of(UUID.fromString(org)), last(org).organizationIds());
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("shortName", "简称"))
                .patch("/admin/v1/organizations/" + org).then().statusCode(200);
        expect(org, ChangeKind.UPDATED, 2, true);
        assertEquals(ContentType.ORGANIZATION, last(org).type());

        String topic = Fixtures.topic("话题" + Json.unique("")).id();
        expect(topic, ChangeKind.CREATED, 1, true);
        assertEquals(Set.of(UUID.fromString(topic)), last(topic).topicIds());

        String person = Fixtures.participant("人" + Json.unique("")).at(org, "主任").id();
        expect(person, ChangeKind.CREATED, 1, true);
        assertEquals(Set.of(UUID.fromString(org)), last(person).organizationIds());
        given().contentType(io.restassured.http.ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("name", "改名" + Json.unique("")))
                .put("/admin/v1/participants/" + person).then().statusCode(200);
        expect(person, ChangeKind.UPDATED, 2, true);

        Map<String, Object> meeting = new HashMap<>(Map.of("kind", "symposium", "title", "会议" + Json.unique(""),
                "startsAt", "2025-10-11T09:30:00+08:00", "topics", List.of(topic),
                "organizations", List.of(Map.of("organization", org, "role", "host"))));
        String m = Fixtures.post("/admin/v1/meetings", meeting);
        expect(m, ChangeKind.CREATED, 1, false);
        assertEquals(Set.of(UUID.fromString(topic)), last(m).topicIds());
        assertEquals(Set.of(UUID.fromString(org)), last(m).organizationIds());
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("status", "published"))
                .patch("/admin/v1/meetings/" + m).then().statusCode(200);
        expect(m, ChangeKind.PUBLISHED, 2, true);
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"2\"").body(Map.of("venue", "会议室"))
                .patch("/admin/v1/meetings/" + m).then().statusCode(200);
        expect(m, ChangeKind.UPDATED, 3, true);
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"3\"").body(Map.of("status", "draft"))
                .patch("/admin/v1/meetings/" + m).then().statusCode(200);
        expect(m, ChangeKind.UNPUBLISHED, 4, false);
        given().delete("/admin/v1/meetings/" + m).then().statusCode(204);
        expect(m, ChangeKind.DELETED, 4, false);

        given().delete("/admin/v1/participants/" + person).then().statusCode(204);
        expect(person, ChangeKind.DELETED, 2, false);
        given().delete("/admin/v1/topics/" + topic).then().statusCode(204);
        expect(topic, ChangeKind.DELETED, 1, false);
        given().delete("/admin/v1/organizations/" + org).then().statusCode(204);
        expect(org, ChangeKind.DELETED, 2, false);
    }

    @Test
    void shouldNotAnnounceARefusedWrite() {
        String topic = Fixtures.topic("拒绝" + Json.unique("")).id();
        int before = recorded.of(topic).size();
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"9\"").body(Map.of("description", "x"))
                .patch("/admin/v1/topics/" + topic).then().statusCode(412);
        assertEquals(before, recorded.of(topic).size());
    }

    @Test
    void shouldAnnounceWhatABulkImportCreates() {
        // An organization and a topic of the export, under new ids and slugs: the import inserts them.
        String org = Fixtures.organization("导入" + Json.unique("")).id();
        String topic = Fixtures.topic("导入" + Json.unique("")).id();
        String export = given().get("/admin/v1/export").then().statusCode(200).extract().asString();
        UUID newOrg = UUID.randomUUID();
        UUID newTopic = UUID.randomUUID();
        String stream = export.lines().filter(line -> line.contains("\"type\":\"header\"") || line.contains(org) && line.contains(
                "\"type\":\"organization\"") || line.contains(topic) && line.contains("\"type\":\"topic\""))
                .map(line -> line.replace(org, newOrg.toString()).replace(topic, newTopic.toString())
                        .replaceAll("\"slug\":\"([^\"]+)\"", "\"slug\":\"$1-copy\""))
                .collect(Collectors.joining("\n"));
        given().contentType("application/x-ndjson").body(stream.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/admin/v1/imports/bulk").then().statusCode(200);
        expect(newOrg.toString(), ChangeKind.CREATED, 1, true);
        assertEquals(ContentType.ORGANIZATION, last(newOrg.toString()).type());
        assertEquals(Set.of(newOrg), last(newOrg.toString()).organizationIds());
        expect(newTopic.toString(), ChangeKind.CREATED, 1, true);
        assertEquals(ContentType.TOPIC, last(newTopic.toString()).type());
    }

    private static Map<String, Object> complete(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title + Json.unique(""));
        body.put("body", "清远高新区代表团到访清远广播电视台。双方就深化宣传合作座谈交流。");
        return body;
    }

    private ContentChanged last(String id) {
        List<ContentChanged> changes = recorded.of(id);
        return changes.get(changes.size() - 1);
    }

    /** The write just made is the item's only new event, and it says what the write did. */
    private void expect(String id, ChangeKind kind, long version, boolean visible) {
        List<ContentChanged> changes = recorded.of(id);
        long ofThisVersion = changes.stream().filter(c -> c.version() == version && c.kind() == kind).count();
        assertEquals(1, ofThisVersion, () -> "one " + kind + " at version " + version + " expected: " + changes);
        ContentChanged change = changes.get(changes.size() - 1);
        assertEquals(kind, change.kind(), changes::toString);
        assertEquals(version, change.version(), changes::toString);
        assertEquals(visible, change.visible(), changes::toString);
        assertEquals(UUID.fromString(id), change.id());
        assertTrue(change.slug() != null && !change.slug().isBlank());
        assertEquals(expectedCount.merge(id, 1, Integer::sum), changes.size(), () -> "one event per write: " + changes);
    }

    private final Map<String, Integer> expectedCount = new HashMap<>();

    private void awaitEvents(String id, int count, Duration timeout) {
        Awaitility.await().atMost(timeout).until(() -> recorded.of(id).size() >= count);
    }
}
