package cn.tongpin.delivery.cache;

import com.fasterxml.jackson.databind.JsonNode;

/** An answer as a resource builds it: the JSON and, for lists, the Link header. */
public record Built(JsonNode body, String link) {

    public static Built of(JsonNode body) {
        return new Built(body, null);
    }
}
