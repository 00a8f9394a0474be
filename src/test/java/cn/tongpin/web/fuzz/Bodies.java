package cn.tongpin.web.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies made from a schema: a valid baseline (in three sizes, tried in turn until the
 * service takes one), the paths of every field in it, and the baseline with one field replaced by
 * hostile raw JSON.
 */
public final class Bodies {

    /**
     * How much of the schema a baseline fills, most first (the first the service takes is kept): all
     * fields but references without an example, those with examples, or only the required ones.
     */
    public enum Size {
        ALL, EXAMPLES, REQUIRED
    }

    private static final String SLOT = "__FUZZ_SLOT__";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_DEPTH = 4;
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("(?i)ids? or slugs?");

    private final Schemas schemas;
    private final AtomicInteger counter = new AtomicInteger();

    public Bodies(Schemas schemas) {
        this.schemas = schemas;
    }

    public ObjectNode baseline(JsonNode schema, Size size) {
        return object(schemas.resolve(schema), size, 0);
    }

    private ObjectNode object(JsonNode schema, Size size, int depth) {
        ObjectNode body = NODES.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode property = schemas.resolve(p.getValue());
            boolean wanted = required.contains(p.getKey()) || switch (size) {
                case REQUIRED -> false;
                case EXAMPLES -> property.has("examples") || property.has("enum");
                // A reference needs an item that exists: only its documented example can name one.
                case ALL -> !REFERENCE.matcher(property.path("description").asText()).find() || property.has("examples");
            };
            if (wanted && depth < MAX_DEPTH) {
                body.set(p.getKey(), value(p.getKey(), property, size, depth));
            }
        });
        return body;
    }

    private JsonNode value(String name, JsonNode schema, Size size, int depth) {
        String type = schema.path("type").asText("object");
        if (name.equals("slug") || ((name.equals("name") || name.equals("title")) && type.equals("string"))) {
            return NODES.textNode(unique(name.equals("slug") ? "fuzz-" : "模糊测试"));
        }
        // The smallest body takes an enumeration's first value (often the one that needs least);
        // the others take the documented example.
        if (schema.has("enum") && (size == Size.REQUIRED || !schema.has("examples"))) {
            return schema.path("enum").get(0);
        }
        if (schema.path("format").asText().equals("date-time")) {
            // Examples may have passed; a time to publish or expire at must lie ahead.
            return NODES.textNode(string(schema));
        }
        if (schema.has("examples") && !type.equals("object")) {
            return schema.path("examples").get(0);
        }
        return switch (type) {
            case "string" -> NODES.textNode(string(schema));
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.path("minimum").asLong() : 1);
            case "number" -> NODES.numberNode(schema.has("minimum") ? schema.path("minimum").asDouble() : 0.5);
            case "boolean" -> NODES.booleanNode(false);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (size == Size.ALL) {
                    array.add(value(name, schemas.resolve(schema.path("items")), Size.EXAMPLES, depth + 1));
                }
                yield array;
            }
            default -> object(schema, size, depth + 1);
        };
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        if (format.equals("date-time")) {
            return "2027-06-01T10:00:00+08:00";
        }
        if (format.equals("date")) {
            return "2021-03-01";
        }
        if (schema.path("pattern").asText().startsWith("https?://")) {
            return "https://www.example.cn";
        }
        return unique("模糊");
    }

    private String unique(String prefix) {
        return prefix + counter.incrementAndGet();
    }

    /** Every field of the schema, nested ones too (array items as index 0), as paths of names and indexes. */
    public List<List<Object>> fields(JsonNode schema) {
        List<List<Object>> paths = new ArrayList<>();
        collect(schemas.resolve(schema), new ArrayList<>(), paths);
        return paths;
    }

    private void collect(JsonNode schema, List<Object> prefix, List<List<Object>> paths) {
        if (prefix.size() > 2 * MAX_DEPTH) {
            return;
        }
        schema.path("properties").fields().forEachRemaining(p -> {
            List<Object> path = new ArrayList<>(prefix);
            path.add(p.getKey());
            paths.add(List.copyOf(path));
            JsonNode property = schemas.resolve(p.getValue());
            if (property.path("type").asText().equals("array")) {
                JsonNode items = schemas.resolve(property.path("items"));
                List<Object> item = new ArrayList<>(path);
                item.add(0);
                paths.add(List.copyOf(item));
                collect(items, item, paths);
            } else if (property.has("properties")) {
                collect(property, path, paths);
            }
        });
    }

    /** The body with the field at {@code path} (created with baseline parents when absent) replaced by raw JSON. */
    public byte[] with(ObjectNode body, JsonNode schema, List<Object> path, byte[] rawValue) {
        ObjectNode copy = body.deepCopy();
        JsonNode parentSchema = schemas.resolve(schema);
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            JsonNode stepSchema = step instanceof String name ? schemas.resolve(parentSchema.path("properties").path(name))
                    : schemas.resolve(parentSchema.path("items"));
            JsonNode next = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
            if (next == null || next.isNull()) {
                next = stepSchema.path("type").asText().equals("array") ? NODES.arrayNode()
                        : object(stepSchema, Size.EXAMPLES, 0);
                if (step instanceof String name) {
                    ((ObjectNode) parent).set(name, next);
                } else {
                    ((ArrayNode) parent).add(next);
                }
            }
            parent = next;
            parentSchema = stepSchema;
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof String name) {
            ((ObjectNode) parent).put(name, SLOT);
        } else if (parent.size() > 0) {
            ((ArrayNode) parent).set(0, NODES.textNode(SLOT));
        } else {
            ((ArrayNode) parent).add(SLOT);
        }
        return splice(write(copy), rawValue);
    }

    /** The body with one more field (or a field given twice) spliced in as raw text. */
    public static byte[] withRawMember(ObjectNode body, String member) {
        String text = write(body);
        String inner = text.substring(1, text.length() - 1);
        return ("{" + member + (inner.isEmpty() ? "" : "," + inner) + "}").getBytes(StandardCharsets.UTF_8);
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] splice(String text, byte[] rawValue) {
        String quoted = "\"" + SLOT + "\"";
        int at = text.indexOf(quoted);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(rawValue);
        out.writeBytes(text.substring(at + quoted.length()).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    public static String describe(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            out.append(step instanceof String name ? (out.isEmpty() ? name : "." + name) : "[" + step + "]");
        }
        return out.toString();
    }
}
