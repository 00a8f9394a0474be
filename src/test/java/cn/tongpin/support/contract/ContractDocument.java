package cn.tongpin.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The OpenAPI document as the tests hold the service to it: openapi/openapi.json (which the test
 * run writes from the code and {@code OpenApiDocumentTest} compares with the committed copy), its
 * paths as patterns, and its schemas made strict for validation: every object schema refuses the
 * properties it does not describe ({@code unevaluatedProperties: false}). The published document
 * stays open, so that clients tolerate additions; the service's own answers may not have any.
 */
final class ContractDocument {

    /** Where the answers' schemas are said to be, for the validator: refs like #/components/schemas/X resolve in each. */
    private static final String IRI = "https://tongpin.invalid/openapi.json";
    private static final List<String> SCHEMA_LISTS = List.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> SCHEMA_VALUES = List.of("items", "not", "additionalProperties", "contains",
            "if", "then", "else", "unevaluatedItems");

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final SchemaRegistry registry;
    private static final tools.jackson.databind.ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();
    private final tools.jackson.databind.JsonNode components;
    /** The pointer of each answer's schema, by "response METHOD template status media-type". */
    private final Map<String, String> answers = new java.util.HashMap<>();

    /** A path of the document, as a pattern over request paths. */
    record Route(String template, Pattern pattern, int variables, JsonNode item) {
    }

    private ContractDocument(JsonNode document) {
        this.document = document;
        document.path("paths").properties().forEach(path -> {
            String template = path.getKey();
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            routes.add(new Route(template, Pattern.compile(regex), template.split("\\{", -1).length - 1, path.getValue()));
        });
        routes.sort(Comparator.comparingInt(Route::variables)); // a literal path wins over a template: /imports/bulk
        ObjectNode strict = document.deepCopy();
        // A schema that is one part of an allOf cannot refuse the other parts' properties: the whole refuses the rest.
        Set<String> parts = new HashSet<>();
        strict.findValues("allOf").forEach(list -> list.forEach(part -> {
            if (part.has("$ref")) {
                parts.add(part.get("$ref").asText().replaceFirst("^#/components/schemas/", ""));
            }
        }));
        strict.path("components").path("schemas").properties().forEach(schema -> {
            if (parts.contains(schema.getKey())) {
                schema.getValue().path("properties").forEach(ContractDocument::strict);
            } else {
                strict(schema.getValue());
            }
        });
        // Each answer's schema also under components, so that it is found by a plain pointer: /components/schemas/<name>.
        ObjectNode schemas = (ObjectNode) strict.path("components").path("schemas");
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> operation.getValue()
                .path("responses").properties().forEach(response -> resolve(response.getValue()).path("content").properties()
                        .forEach(media -> {
                            if (media.getValue().has("schema")) {
                                String component = "ContractAnswer" + answers.size(); // a name a URI fragment carries as is
                                JsonNode schema = media.getValue().get("schema").deepCopy();
                                strict(schema);
                                schemas.set(component, schema);
                                answers.put(answerName(operation.getKey(), path.getKey(), response.getKey(), media.getKey()),
                                        "/components/schemas/" + component);
                            }
                        }))));
        // Read once, shared by every answer's small schema below (a node may be the child of many).
        components = JSON.readTree(strict.path("components").toString());
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true).build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
    }

    static ContractDocument load(Path file) {
        try {
            return new ContractDocument(new ObjectMapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("The contract gate reads " + file.toAbsolutePath(), e);
        }
    }

    JsonNode root() {
        return document;
    }

    /** The document's path a request path falls under, a literal one before a template. */
    Optional<Route> route(String path) {
        // The service answers /x/ as /x (the framework's matching); the document names only /x.
        String matched = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return routes.stream().filter(route -> route.pattern().matcher(matched).matches()).findFirst();
    }

    /** Resolves {@code $ref} (within the document) of a header, response or schema object. */
    JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        for (int hops = 0; at.has("$ref") && hops < 10; hops++) {
            at = document.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }

    /** Whether the document gives a schema for this answer (method in lower case, as in the document). */
    boolean hasSchema(String method, String template, String status, String mediaType) {
        return answers.containsKey(answerName(method, template, status, mediaType));
    }

    /**
     * Validates a JSON body against the schema the document gives this answer; the failures as
     * (instance pointer, message), empty when it is valid.
     */
    List<String[]> validate(String method, String template, String status, String mediaType, String body) {
        return validateAt(answers.get(answerName(method, template, status, mediaType)), body);
    }

    /** Validates a body against the Problem schema (RFC 9457 problem details). */
    List<String[]> validateProblem(String body) {
        return validateAt("/components/schemas/Problem", body);
    }

    /**
     * The schema at this pointer as a document of its own, {"$ref": pointer, "components": ...}, so
     * that its references resolve in the shared components without the validator reading the whole
     * document again for each answer.
     */
    private List<String[]> validateAt(String pointer, String body) {
        Schema schema = compiled.computeIfAbsent(pointer, at -> {
            tools.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
            root.put("$ref", "#" + at);
            root.set("components", components);
            return registry.getSchema(SchemaLocation.of(IRI + "/" + compiled.size()), root);
        });
        List<String[]> failures = new ArrayList<>();
        List<com.networknt.schema.Error> errors;
        try {
            errors = schema.validate(body, InputFormat.JSON);
        } catch (RuntimeException notJson) {
            return List.<String[]>of(new String[] { "/", "the body is not JSON: " + notJson.getMessage() });
        }
        errors.forEach(error -> failures.add(new String[] {
                error.getInstanceLocation().toString(), error.getKeyword() + ": " + error.getMessage() }));
        return failures;
    }

    private static String answerName(String method, String template, String status, String mediaType) {
        return "response " + method + " " + template + " " + status + " " + mediaType;
    }

    /** Adds unevaluatedProperties: false to every object schema that lists properties, recursively. */
    private static void strict(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        if ((object.has("properties") || object.has("allOf")) && !object.has("additionalProperties")
                && !object.has("unevaluatedProperties")) {
            object.put("unevaluatedProperties", false);
        }
        object.path("properties").forEach(ContractDocument::strict);
        object.path("$defs").forEach(ContractDocument::strict);
        SCHEMA_LISTS.forEach(list -> object.path(list).forEach(ContractDocument::strict));
        SCHEMA_VALUES.forEach(key -> strict(object.path(key)));
    }
}
