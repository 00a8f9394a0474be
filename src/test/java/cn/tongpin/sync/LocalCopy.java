package cn.tongpin.sync;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an app keeps: the delivered items by type and id, kept current by calling sync. */
final class LocalCopy {

    static final List<String> TYPES = List.of("article", "meeting", "organization", "participant", "topic");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** "type:id" → the item's data. */
    final Map<String, JsonNode> items = new HashMap<>();
    String syncToken;
    final int limit;

    /** What the last sync answered, all pages together. */
    final List<JsonNode> lastItems = new ArrayList<>();
    final List<JsonNode> lastDeleted = new ArrayList<>();

    LocalCopy(int limit) {
        this.limit = limit;
    }

    /** One whole sync, every page, applied to the copy. */
    LocalCopy sync() {
        lastItems.clear();
        lastDeleted.clear();
        String pageToken = null;
        Set<String> seen = new HashSet<>();
        do {
            RequestSpecification request = given().queryParam("limit", limit);
            if (pageToken != null) {
                request.queryParam("pageToken", pageToken);
            } else if (syncToken != null) {
                request.queryParam("syncToken", syncToken);
            }
            io.restassured.response.ExtractableResponse<io.restassured.response.Response> answer = request.get("/content/v1/sync")
                    .then().log().ifValidationFails().statusCode(200).header("Cache-Control", "no-store").extract();
            JsonNode page = read(answer.asString());
            assertNotNull(answer.header("ETag"));
            String link = answer.header("Link");
            assertEquals(!page.get("nextPageToken").isNull(), link != null && link.contains("pageToken=")
                    && !link.contains("syncToken="), () -> "Link: " + link);
            assertTrue(page.get("items").size() + page.get("deleted").size() <= limit, page::toString);
            for (JsonNode item : page.get("items")) {
                String key = item.get("type").asText() + ":" + item.get("id").asText();
                assertTrue(seen.add(key), () -> "reported twice in one sync: " + key);
                assertEquals(item.get("id"), item.get("data").get("id"));
                assertEquals(item.get("slug"), item.get("data").get("slug"));
                items.put(key, item.get("data"));
                lastItems.add(item);
            }
            for (JsonNode tombstone : page.get("deleted")) {
                String key = tombstone.get("type").asText() + ":" + tombstone.get("id").asText();
                assertTrue(seen.add(key), () -> "reported twice in one sync: " + key);
                assertNotNull(tombstone.get("deletedAt").textValue());
                items.remove(key);
                lastDeleted.add(tombstone);
            }
            pageToken = page.get("nextPageToken").isNull() ? null : page.get("nextPageToken").asText();
            if (pageToken == null) {
                syncToken = page.get("nextSyncToken").asText();
                assertTrue(syncToken != null && !syncToken.isEmpty());
            } else {
                assertTrue(page.get("nextSyncToken").isNull());
            }
        } while (pageToken != null);
        return this;
    }

    Set<String> lastItemKeys() {
        Set<String> keys = new HashSet<>();
        lastItems.forEach(i -> keys.add(i.get("type").asText() + ":" + i.get("id").asText()));
        return keys;
    }

    Set<String> lastDeletedKeys() {
        Set<String> keys = new HashSet<>();
        lastDeleted.forEach(i -> keys.add(i.get("type").asText() + ":" + i.get("id").asText()));
        return keys;
    }

    /** The copy equals what the delivery API lists: the same items, and every listed field the same. */
    void assertMatchesDelivery() {
        Map<String, JsonNode> delivered = new HashMap<>();
        for (String type : TYPES) {
            String cursor = null;
            do {
                RequestSpecification request = given().queryParam("limit", 100);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                JsonNode page = read(request.get("/content/v1/" + type + "s").then().statusCode(200).extract().asString());
                page.get("data").forEach(item -> delivered.put(type + ":" + item.get("id").asText(), item));
                JsonNode next = page.get("meta").get("nextCursor");
                cursor = next == null || next.isNull() ? null : next.asText();
            } while (cursor != null);
        }
        assertEquals(new java.util.TreeSet<>(delivered.keySet()), new java.util.TreeSet<>(items.keySet()));
        delivered.forEach((key, listed) -> {
            JsonNode local = items.get(key);
            listed.fieldNames().forEachRemaining(field -> assertEquals(listed.get(field), local.get(field),
                    () -> key + " differs in " + field + ": delivered " + listed + ", local " + local));
        });
    }

    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
