package cn.tongpin.sync;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The acceptance: an app rebuilds its copy from sync and stays identical to the delivery
 * API across a random (seeded, so repeatable) sequence of 1,000 writes of every kind, syncing after
 * each batch.
 */
@QuarkusTest
@Tag("persistence")
class SyncRandomWritesTest {

    private static final long SEED = 20261129L;
    private static final int WRITES = 1000;
    private static final int BATCH = 50;

    private final Random random = new Random(SEED);
    private final Map<String, List<String>> pools = new HashMap<>();
    /** Admin path of an item → its current version, for If-Match. */
    private final Map<String, Integer> versions = new HashMap<>();

    @Test
    void shouldKeepALocalCopyIdenticalToTheDeliveryApi() {
        LocalCopy copy = new LocalCopy(SyncService.MAX_LIMIT).sync();
        copy.assertMatchesDelivery();
        int done = 0;
        while (done < WRITES) {
            if (write()) {
                done++;
                if (done % BATCH == 0) {
                    copy.sync();
                }
            }
        }
        copy.sync();
        copy.assertMatchesDelivery();
        // A fresh start gives the same copy.
        LocalCopy fresh = new LocalCopy(SyncService.MAX_LIMIT).sync();
        assertTrue(fresh.items.equals(copy.items), "a new first sync equals the copy kept by deltas");
    }

    /** One random write; false when the pick was not possible (e.g. nothing to delete yet). */
    private boolean write() {
        int pick = random.nextInt(100);
        if (pick < 6) {
            return create("topics", Map.of("name", "话题" + Json.unique("")));
        }
        if (pick < 12) {
            return create("organizations", Map.of("name", "机构" + Json.unique(""), "kind", "other"));
        }
        if (pick < 17) {
            String org = any("organizations");
            List<Map<String, Object>> positions = org == null ? List.of() : List.of(Map.of("organization", org, "title", "主任"));
            return create("participants", Map.of("name", "人" + Json.unique(""), "positions", positions));
        }
        if (pick < 27) {
            String type = List.of("topics", "organizations", "participants").get(random.nextInt(3));
            return patch(type, any(type), Map.of("name", "改" + Json.unique("")));
        }
        if (pick < 31) {
            String type = List.of("topics", "organizations", "participants").get(random.nextInt(3));
            return delete(type, any(type));
        }
        if (pick < 45) {
            Map<String, Object> article = new HashMap<>(SyncApiTest.article("文章"));
            String topic = any("topics");
            if (topic != null) {
                article.put("topics", List.of(topic));
            }
            String org = any("organizations");
            if (org != null && random.nextBoolean()) {
                article.put("sourceOrganization", org);
            }
            String person = any("participants");
            if (person != null && random.nextBoolean()) {
                article.put("participants", List.of(person));
            }
            String meeting = any("meetings");
            if (meeting != null && random.nextInt(4) == 0) {
                article.put("meeting", meeting);
            }
            return create("articles", article);
        }
        if (pick < 55) {
            return patch("articles", any("articles"), Map.of("title", "改题" + Json.unique("")));
        }
        if (pick < 68) {
            return action("articles", any("articles"), "publish");
        }
        if (pick < 76) {
            return action("articles", any("articles"), "unpublish");
        }
        if (pick < 81) {
            return delete("articles", any("articles"));
        }
        if (pick < 87) {
            Map<String, Object> meeting = new HashMap<>(Map.of("kind", "symposium", "title", "会议" + Json.unique(""),
                    "startsAt", "2025-10-11T09:30:00+08:00", "status", random.nextBoolean() ? "published" : "draft"));
            String topic = any("topics");
            if (topic != null) {
                meeting.put("topics", List.of(topic));
            }
            String org = any("organizations");
            if (org != null) {
                meeting.put("organizations", List.of(Map.of("organization", org, "role", "host")));
            }
            String person = any("participants");
            if (person != null && random.nextBoolean()) {
                meeting.put("attendees", List.of(Map.of("participant", person, "role", "host")));
            }
            return create("meetings", meeting);
        }
        if (pick < 96) {
            Map<String, Object> change = random.nextBoolean() ? Map.of("status", random.nextBoolean() ? "published" : "draft")
                    : Map.of("title", "改会" + Json.unique(""));
            return patch("meetings", any("meetings"), change);
        }
        return delete("meetings", any("meetings"));
    }

    private String any(String type) {
        List<String> pool = pools.getOrDefault(type, List.of());
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }

    private boolean create(String type, Map<String, Object> body) {
        Response response = given().contentType(ContentType.JSON).body(body).post("/admin/v1/" + type);
        response.then().statusCode(201);
        String id = response.path("id");
        pools.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
        versions.put(path(type, id), response.path("version"));
        return true;
    }

    private boolean patch(String type, String id, Map<String, Object> body) {
        if (id == null) {
            return false;
        }
        Response response = given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"" + versions.get(path(type, id)) + "\"")
                .body(body).patch(path(type, id));
        if (response.statusCode() == 422) {
            return false; // e.g. a slug made from the new name is taken: refused, nothing written
        }
        response.then().statusCode(200);
        versions.put(path(type, id), response.path("version"));
        return true;
    }

    private boolean action(String type, String id, String action) {
        if (id == null) {
            return false;
        }
        Response response = given().post(path(type, id) + "/" + action);
        if (Set.of(409, 422).contains(response.statusCode())) {
            return false; // not possible in the article's state
        }
        response.then().statusCode(200);
        versions.put(path(type, id), response.path("version"));
        return true;
    }

    private boolean delete(String type, String id) {
        if (id == null) {
            return false;
        }
        RequestSpecification request = given();
        Response response = request.delete(path(type, id));
        if (response.statusCode() == 409) {
            return false; // still referenced
        }
        response.then().statusCode(204);
        pools.get(type).remove(id);
        return true;
    }

    private static String path(String type, String id) {
        return "/admin/v1/" + type + "/" + id;
    }
}
