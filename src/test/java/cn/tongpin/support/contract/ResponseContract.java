package cn.tongpin.support.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Holds one answer to the document: its status is declared for the operation (or {@code default}),
 * its media type is declared for that status, its JSON body validates against the declared schema
 * (strict: no undescribed property), the headers the document requires are there, and the headers
 * clients act on are declared where they are sent.
 *
 * <p>Paths the document does not describe: {@code /q/*} (health, metrics, the document itself) are
 * the platform's, not the API's, and are not checked; any other answers only with a problem that
 * validates against Problem: 404 or 405, or what the HTTP layer answers before routing (401, 414, 429, 431).
 */
final class ResponseContract {

    /** Headers clients act on: sent, they must be declared for the answer. */
    static final List<String> CLIENT_HEADERS = List.of("ETag", "Last-Modified", "Location", "Link", "Retry-After",
            "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "WWW-Authenticate", "Idempotent-Replayed",
            "Content-Language");
    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> NO_BODY = Set.of("204", "304");
    /**
     * What a path the document does not describe may answer, always as a problem: no such path or
     * method, and what the HTTP layer decides before any route (a key is needed first, the URL or
     * the headers are too large, too many requests).
     */
    private static final List<Integer> OFF_THE_MAP = List.of(401, 404, 405, 414, 429, 431);

    private final ContractDocument document;

    ResponseContract(ContractDocument document) {
        this.document = document;
    }

    /** An answer as the test received it; header names as sent, looked up without case. */
    record Answer(String method, String path, int status, String contentType, Map<String, String> headers, String body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                    .findFirst();
        }
    }

    List<Violation> check(Answer answer) {
        if (answer.path().startsWith("/q/") || answer.method().equals("OPTIONS")) {
            return List.of(); // the platform's endpoints, and CORS preflights the HTTP layer answers
        }
        String status = String.valueOf(answer.status());
        String method = answer.method().toLowerCase(Locale.ROOT);
        Optional<ContractDocument.Route> route = document.route(answer.path());
        if (route.isEmpty() || !route.get().item().has(method) && !(method.equals("head") && route.get().item().has("get"))) {
            return undocumented(answer, status, route.map(r -> answer.method() + " " + r.template()).orElse(null));
        }
        boolean head = method.equals("head") && !route.get().item().has("head");
        String operationMethod = head ? "get" : method;
        JsonNode operation = route.get().item().get(operationMethod);
        String name = operation.path("operationId").asText("?") + " (" + answer.method() + " " + route.get().template() + ")";
        List<Violation> violations = new ArrayList<>();
        JsonNode responses = operation.path("responses");
        String declared = responses.has(status) ? status : responses.has("default") ? "default" : null;
        if (declared == null) {
            violations.add(new Violation(name, status, "-", "status " + status + " is not declared; declared: "
                    + String.join(", ", names(responses))));
            return violations;
        }
        JsonNode response = document.resolve(responses.get(declared));
        headers(answer, name, status, response, violations);
        if (head || method.equals("head") || NO_BODY.contains(status)) {
            return violations;
        }
        body(answer, name, status, operationMethod, route.get().template(), declared, response, violations);
        return violations;
    }

    private void body(Answer answer, String name, String status, String method, String template, String declared,
            JsonNode response, List<Violation> violations) {
        JsonNode content = response.path("content");
        boolean empty = answer.body().isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            if (!empty) {
                violations.add(new Violation(name, status, "-", "a body (" + answer.contentType()
                        + ") is sent, the document declares none"));
            }
            return;
        }
        String type = mediaType(answer.contentType());
        String media = names(content).stream().filter(declaredType -> matches(declaredType, type)).findFirst().orElse(null);
        if (media == null) {
            violations.add(new Violation(name, status, "Content-Type", "'" + answer.contentType() + "' is not declared; declared: "
                    + String.join(", ", names(content))));
            return;
        }
        if (empty) {
            violations.add(new Violation(name, status, "-", "no body; the document declares " + media));
            return;
        }
        if (isJson(media) && document.hasSchema(method, template, declared, media)) {
            for (String[] failure : document.validate(method, template, declared, media, answer.body())) {
                violations.add(new Violation(name, status, failure[0].isEmpty() ? "/" : failure[0], failure[1]));
            }
        }
    }

    private void headers(Answer answer, String name, String status, JsonNode response, List<Violation> violations) {
        JsonNode headers = response.path("headers");
        headers.properties().forEach(header -> {
            JsonNode declaration = document.resolve(header.getValue());
            Optional<String> value = answer.header(header.getKey());
            if (value.isEmpty()) {
                if (declaration.path("required").asBoolean(false)) {
                    violations.add(new Violation(name, status, header.getKey(), "required header missing"));
                }
                return;
            }
            JsonNode schema = document.resolve(declaration.path("schema"));
            String problem = headerValue(schema, value.get());
            if (problem != null) {
                violations.add(new Violation(name, status, header.getKey(), problem));
            }
        });
        for (String client : CLIENT_HEADERS) {
            if (answer.header(client).isPresent() && names(headers).stream().noneMatch(client::equalsIgnoreCase)) {
                violations.add(new Violation(name, status, client, "header sent but not declared for this answer"));
            }
        }
    }

    /** What is wrong with a header's value, or null: the simple schemas headers have (integer, enum). */
    private static String headerValue(JsonNode schema, String value) {
        if (schema.path("type").asText("").equals("integer") && !value.matches("-?\\d+")) {
            return "'" + value + "' is not an integer";
        }
        if (schema.has("enum")) {
            for (JsonNode allowed : schema.get("enum")) {
                if (allowed.asText().equals(value)) {
                    return null;
                }
            }
            return "'" + value + "' is not one of " + schema.get("enum");
        }
        return null;
    }

    /** Off the document's paths: only a problem of {@link #OFF_THE_MAP} is a sensible answer. */
    private List<Violation> undocumented(Answer answer, String status, String near) {
        String name = near != null ? "(method not in the document) " + near : "(path not in the document) " + answer.method();
        if (!OFF_THE_MAP.contains(answer.status())) {
            return List.of(new Violation(name, status, "-", "answered " + status + " at " + abbreviated(answer.path())
                    + ", which the document does not describe; only a problem with one of " + OFF_THE_MAP + " may come from there"));
        }
        List<Violation> violations = new ArrayList<>();
        if (!mediaType(answer.contentType()).equals(PROBLEM)) {
            violations.add(new Violation(name, status, "Content-Type", "'" + answer.contentType() + "' instead of " + PROBLEM));
        } else if (!answer.method().equals("HEAD")) {
            for (String[] failure : document.validateProblem(answer.body())) {
                violations.add(new Violation(name, status, failure[0].isEmpty() ? "/" : failure[0], failure[1]));
            }
        }
        return violations;
    }

    /** A path as a violation names it: hostile tests send very long ones. */
    private static String abbreviated(String path) {
        return path.length() <= 80 ? path : path.substring(0, 80) + "…";
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.properties().forEach(property -> names.add(property.getKey()));
        return names;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "";
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(String declared, String actual) {
        if (declared.equals(actual) || declared.equals("*/*")) {
            return true;
        }
        return declared.endsWith("/*") && actual.startsWith(declared.substring(0, declared.length() - 1));
    }

    private static boolean isJson(String media) {
        return media.equals("application/json") || media.endsWith("+json");
    }
}
