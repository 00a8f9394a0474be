package cn.tongpin.web.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The document's component schemas, with {@code $ref} followed (a property's own keywords kept). */
public final class Schemas {

    private final JsonNode components;

    public Schemas(JsonNode document) {
        this.components = document.path("components").path("schemas");
    }

    public JsonNode resolve(JsonNode schema) {
        if (schema == null || !schema.has("$ref")) {
            return schema;
        }
        String ref = schema.path("$ref").asText();
        JsonNode target = resolve(components.path(ref.substring(ref.lastIndexOf('/') + 1)));
        ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : schema.deepCopy();
        schema.fields().forEachRemaining(f -> {
            if (!f.getKey().equals("$ref") && !merged.has(f.getKey())) {
                merged.set(f.getKey(), f.getValue());
            }
        });
        return merged;
    }

    /** Whether the schema names fields (a Jackson JsonNode's schema only lists its getters). */
    public boolean describesFields(JsonNode schema) {
        return schema != null && schema.path("properties").size() > 0 && !schema.path("properties").has("nodeType");
    }
}
