package cn.tongpin.web.fuzz;

import cn.tongpin.support.Images;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Walks every operation: a baseline request, then one hostile change at a time to each path,
 * query and header parameter (declared ones, and the common list parameters on lists), to each body
 * field and to the body as a whole. Values are sampled from {@link Hostile#catalogue()} with a
 * fixed seed, so every run sends the same requests.
 */
public final class Walk {

    /** Parameters every list should take; sent on lists whether or not the document declares them yet. */
    static final List<String> LIST_PARAMETERS = List.of("limit", "cursor", "page", "sort", "fields", "include", "q",
            "locale", "count", "topic", "organization", "participant", "meeting", "publishedAfter", "publishedBefore",
            "from", "to", "type", "year", "kind");

    private final Schemas schemas;
    private final Bodies bodies;
    private final PathValues paths;
    private final long seed;
    private final int valuesPerTarget;
    private final List<Hostile> catalogue = Hostile.catalogue();
    private final Map<String, Bodies.Size> sizeBySchema = new HashMap<>();
    private final List<String> refusedBaselines = new ArrayList<>();
    private final Map<String, List<String>> requiredQuery = new HashMap<>();
    private final Recorder recorder = new Recorder();

    public Walk(Schemas schemas, long seed, int valuesPerTarget) {
        this.schemas = schemas;
        this.bodies = new Bodies(schemas);
        this.paths = new PathValues(schemas);
        this.seed = seed;
        this.valuesPerTarget = valuesPerTarget;
    }

    public Recorder recorder() {
        return recorder;
    }

    /** Operations whose unchanged request was refused (their deeper checks are then not reached). */
    public List<String> refusedBaselines() {
        return refusedBaselines;
    }

    /** Creates, in every collection that has item paths, one item of the walk's own to write to. */
    public void createOwnItems(List<Operation> operations) {
        operations.stream().filter(Operation::creates)
                .filter(c -> operations.stream().anyMatch(o -> o.template().startsWith(c.template() + "/{")))
                .sorted(Comparator.comparingLong(o -> o.template().chars().filter(ch -> ch == '{').count()))
                .forEach(this::createOwn);
    }

    private void createOwn(Operation create) {
        String path = paths.path(create, null, null);
        if (create.takesImage()) {
            remember(create, Request.of("POST", path).withBody(Images.png(16, 16), "image/png").send());
            return;
        }
        for (Bodies.Size size : Bodies.Size.values()) {
            ObjectNode body = bodies.baseline(create.bodySchema(), size);
            Response response = Request.of("POST", path).withBody(Bodies.write(body).getBytes(StandardCharsets.UTF_8),
                    "application/json").send();
            if (response.statusCode() == 201) {
                sizeBySchema.put(Bodies.write(create.bodySchema()), size);
                remember(create, response);
                return;
            }
        }
    }

    private void remember(Operation create, Response response) {
        if (response.statusCode() == 201) {
            paths.own(create.template(), response.jsonPath().getString("id"));
            recorder.created(response);
        }
    }

    public void walk(Operation operation) {
        Request base = baseline(operation);
        if (!operation.method().equals("DELETE")) {
            Response answer = send(operation, "baseline", null, Kind.BASELINE, base);
            List<String> missing = missingQuery(answer);
            if (operation.isRead() && !missing.isEmpty()) {
                // A read that needs a parameter the document does not declare (e.g. search's q): add it once.
                requiredQuery.put(operation.toString(), missing);
                base = baseline(operation);
                answer = send(operation, "baseline", null, Kind.BASELINE, base);
            }
            if (answer != null && answer.statusCode() >= 400) {
                refusedBaselines.add(operation + " " + answer.statusCode());
            }
            if (answer != null && operation.method().equals("GET") && isList(answer)) {
                walkListParameters(operation, base, answer);
            }
        }
        for (Operation.Parameter p : operation.in("path")) {
            for (Hostile h : sample(operation + " path " + p.name(), v -> v.query() != null, p.name())) {
                send(operation, "path:" + p.name(), h, h.kind(), base.withPath(paths.path(operation, p.name(), h.query())));
            }
        }
        for (Operation.Parameter p : operation.in("query")) {
            walkQuery(operation, base, p.name());
        }
        for (Operation.Parameter p : operation.in("header")) {
            for (Hostile h : sample(operation + " header " + p.name(), v -> v.header() != null, p.name())) {
                send(operation, "header:" + p.name(), h, h.kind(), base.withHeader(p.name(), h.header()));
            }
        }
        send(operation, "query:fuzzUnknown", null, Kind.UNKNOWN_PARAMETER, base.withQuery("fuzzUnknown", "1"));
        if (operation.takesJson()) {
            new BodyWalk(this, operation, base).run();
        } else if (operation.takesImage()) {
            new BodyWalk(this, operation, base).runImage();
        }
    }

    private void walkListParameters(Operation operation, Request base, Response answer) {
        for (String name : LIST_PARAMETERS) {
            if (operation.in("query").stream().noneMatch(p -> p.name().equals(name))) {
                walkQuery(operation, base, name);
            }
        }
        Response first = send(operation, "query:limit", null, Kind.BASELINE, base.withQuery("limit", "1"));
        String next = first == null || !isList(first) ? null : first.jsonPath().getString("meta.next");
        if (next != null) {
            for (String forged : Tampering.of(next)) {
                send(operation, "query:cursor", null, Kind.FORGED_CURSOR, base.withQuery("cursor", Hostile.percent(forged)));
            }
        }
    }

    private void walkQuery(Operation operation, Request base, String name) {
        for (Hostile h : sample(operation + " query " + name, v -> v.query() != null, name)) {
            send(operation, "query:" + name, h, h.kind(), base.withQuery(name, h.query()));
        }
    }

    private static List<String> missingQuery(Response answer) {
        if (answer == null || answer.statusCode() != 400 || !answer.contentType().startsWith("application/problem+json")) {
            return List.of();
        }
        List<String> fields = answer.jsonPath().getList("errors.field", String.class);
        return fields == null ? List.of() : fields.stream().filter(f -> f.matches("[a-zA-Z]+")).toList();
    }

    private static boolean isList(Response answer) {
        String type = answer.contentType();
        return answer.statusCode() == 200 && type != null && type.startsWith("application/json")
                && answer.jsonPath().get("data") instanceof List;
    }

    Request baseline(Operation operation) {
        Request request = Request.of(operation.method(), paths.path(operation, null, null));
        for (String name : requiredQuery.getOrDefault(operation.toString(), List.of())) {
            request = request.withQuery(name, Hostile.percent("清远"));
        }
        if (operation.in("header").stream().anyMatch(p -> p.name().equals("If-Match"))) {
            request = request.withHeader("If-Match", "*");
        }
        if (operation.takesJson()) {
            request = request.withBody(Bodies.write(baselineBody(operation)).getBytes(StandardCharsets.UTF_8),
                    operation.jsonMediaType());
        } else if (operation.takesImage()) {
            request = request.withBody(Images.png(16, 16), "image/png");
        }
        return request;
    }

    ObjectNode baselineBody(Operation operation) {
        return bodies.baseline(operation.bodySchema(),
                sizeBySchema.getOrDefault(Bodies.write(operation.bodySchema()), Bodies.Size.EXAMPLES));
    }

    Bodies bodies() {
        return bodies;
    }

    /** The hostile values for one target: a seeded sample, plus every forged cursor where a cursor goes. */
    List<Hostile> sample(String target, Predicate<Hostile> usable, String name) {
        List<Hostile> pool = new ArrayList<>(catalogue.stream().filter(usable)
                .filter(h -> h.kind() != Kind.FORGED_CURSOR).toList());
        Collections.shuffle(pool, new Random(seed ^ target.hashCode()));
        List<Hostile> chosen = new ArrayList<>(pool.subList(0, Math.min(valuesPerTarget, pool.size())));
        if (name.equals("cursor")) {
            chosen.addAll(catalogue.stream().filter(h -> h.kind() == Kind.FORGED_CURSOR).toList());
        }
        return chosen;
    }

    Response send(Operation operation, String where, Hostile hostile, Kind kind, Request request) {
        return recorder.send(operation, where, hostile, kind, request);
    }
}
