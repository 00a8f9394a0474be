package cn.tongpin.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.web.fuzz.Failure;
import cn.tongpin.web.fuzz.KnownFailures;
import cn.tongpin.web.fuzz.Operation;
import cn.tongpin.web.fuzz.Schemas;
import cn.tongpin.web.fuzz.Walk;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation the OpenAPI document lists, fed hostile values in every parameter and body field
 * (see cn.tongpin.web.fuzz): no answer may be a 5xx, an error that is not application/problem+json,
 * or show a class name, SQL or a stack trace. A new operation is walked as soon as it is in the
 * document. The sample is seeded (-Dfuzz.seed, -Dfuzz.values per target) so every run is the same.
 */
@QuarkusTest
class OpenApiFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 11);
    private static final int VALUES_PER_TARGET = Integer.getInteger("fuzz.values", 2);

    @Test
    void shouldAnswerEveryHostileRequestWithAProblemAndNeverA5xx() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
        Schemas schemas = new Schemas(document);
        List<Operation> operations = Operation.all(document, schemas).stream()
                // Deletes go last (deepest paths first), so the items the others write to still exist.
                .sorted(Comparator.comparing((Operation o) -> o.method().equals("DELETE"))
                        .thenComparing(o -> o.method().equals("DELETE") ? -o.template().length() : 0))
                .toList();
        assertTrue(operations.size() > 50, "the document lists only " + operations.size() + " operations");

        Walk walk = new Walk(schemas, SEED, VALUES_PER_TARGET);
        long start = System.nanoTime();
        walk.createOwnItems(operations);
        List<String> leftBehind;
        try {
            operations.forEach(walk::walk);
        } finally {
            leftBehind = walk.recorder().cleanUp();
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        List<Failure> unknown = walk.recorder().failures().stream().filter(f -> !KnownFailures.covers(f)).toList();
        System.out.printf("Fuzz walk: %d operations, %d requests in %d s, %d failures (%d known)%n",
                operations.size(), walk.recorder().requests(), seconds, walk.recorder().failures().size(), walk.recorder().failures().size() - unknown.size());
        System.out.println("Fuzz walk: requests by class " + walk.recorder().sentByKind());
        System.out.println("Fuzz walk: milliseconds by class " + walk.recorder().millisByKind());
        System.out.println("Fuzz walk: baselines refused " + walk.refusedBaselines());
        List<Failure> known = walk.recorder().failures().stream().filter(KnownFailures::covers).toList();
        if (!known.isEmpty()) {
            System.out.print("Fuzz walk: known failures: " + report(known));
        }
        assertTrue(unknown.isEmpty(), report(unknown));
        assertTrue(leftBehind.isEmpty(), "the walk could not delete what it created: " + leftBehind);
    }

    private static String report(List<Failure> failures) {
        Map<String, List<Failure>> groups = failures.stream()
                .collect(Collectors.groupingBy(Failure::group, TreeMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder(failures.size() + " hostile requests got a wrong answer, in "
                + groups.size() + " groups:\n");
        groups.forEach((group, members) -> out.append(members.size()).append(" × ").append(group).append(" — e.g. ")
                .append(members.get(0).label()).append(": ").append(members.get(0).sample()).append('\n'));
        return out.toString();
    }
}
