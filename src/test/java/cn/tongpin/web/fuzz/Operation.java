package cn.tongpin.web.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One operation of the OpenAPI document: method, path template, declared parameters and body. */
public record Operation(String method, String template, List<Parameter> parameters, List<String> mediaTypes,
        JsonNode bodySchema, boolean creates) {

    /** A declared parameter: where it goes (path, query, header) and its schema. */
    public record Parameter(String name, String in, JsonNode schema, String description) {

        boolean isInteger(Schemas schemas) {
            return "integer".equals(schemas.resolve(schema).path("type").asText());
        }
    }

    /** Reads every operation of the document, in the document's order. */
    public static List<Operation> all(JsonNode document, Schemas schemas) {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            String method = entry.getKey().toUpperCase(Locale.ROOT);
            if (!List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                return;
            }
            operations.add(of(method, path.getKey(), entry.getValue(), path.getValue(), schemas));
        }));
        return operations;
    }

    private static Operation of(String method, String template, JsonNode operation, JsonNode pathItem, Schemas schemas) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : operation.path("parameters")) {
            parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("schema"),
                    p.path("description").asText("")));
        }
        List<String> mediaTypes = new ArrayList<>();
        JsonNode content = operation.path("requestBody").path("content");
        content.fieldNames().forEachRemaining(mediaTypes::add);
        JsonNode schema = null;
        if (content.has("application/json") || content.has("application/merge-patch+json")) {
            JsonNode declared = content.has("application/json") ? content.path("application/json").path("schema")
                    : content.path("application/merge-patch+json").path("schema");
            schema = schemas.resolve(declared);
            if (!schemas.describesFields(schema) && pathItem.has("put")) {
                // A merge patch declared as a free JSON node takes the fields of the same path's PUT.
                schema = schemas.resolve(pathItem.path("put").path("requestBody").path("content")
                        .path("application/json").path("schema"));
            }
        }
        boolean creates = "POST".equals(method) && operation.path("responses").has("201");
        return new Operation(method, template, List.copyOf(parameters), List.copyOf(mediaTypes), schema, creates);
    }

    public List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    public boolean takesJson() {
        return bodySchema != null;
    }

    public boolean takesImage() {
        return mediaTypes.contains("image/png");
    }

    public String jsonMediaType() {
        return mediaTypes.contains("application/json") ? "application/json" : "application/merge-patch+json";
    }

    public boolean isRead() {
        return method.equals("GET") || method.equals("HEAD");
    }

    @Override
    public String toString() {
        return method + " " + template;
    }
}
