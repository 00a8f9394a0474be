package cn.tongpin.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Write bodies are read strictly: text XML, PostgreSQL, JSON and WeChat cannot all carry is refused
 * in every text field of every write body, and JSON that is not exactly one well-formed document of
 * the declared types is a 400 problem, never a guess.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrictBodiesTest {

    private static final String MARK = "\"@@FIELD@@\"";

    /** Characters no channel can carry, as JSON escapes (so that lone surrogates reach the service as such). */
    static final List<String> UNCARRIABLE = List.of("\\u0000", "\\u0001", "\\u0008", "\\u000B", "\\u001F", "\\u007F",
            "\\u0080", "\\u0085", "\\u009F", "\\uFDD0", "\\uFDEF", "\\uFFFE", "\\uFFFF", "\\uD83F\\uDFFE",
            "\\uDBFF\\uDFFF", "\\uD800", "\\uDC00", "x\\uDBFFy");

    /** A write operation, a valid body template, and the JSON paths of its text fields. */
    record Operation(String method, String path, String contentType, String template, List<String> fields) {
        String body(String field, String value) {
            String body = template;
            for (String f : fields) {
                body = body.replace(MARK.replace("FIELD", f), f.equals(field) ? value : "\"正常文字\"");
            }
            return body;
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Items the operations write to, made on first use (argument sources run before the app is reachable). */
    private static Map<String, String> items;

    static synchronized String resolve(String text) {
        if (items == null) {
            items = Map.of("{org}", Fixtures.organization("机构").id(), "{client}", Fixtures.client(null), "{topic}", Fixtures.topic(Json.unique("严格")).id());
        }
        for (Map.Entry<String, String> item : items.entrySet()) {
            text = text.replace(item.getKey(), item.getValue());
        }
        return text;
    }

    List<Operation> operations() {
        String org = "{org}";
        String client = "{client}";
        String topic = "{topic}";
        return List.of(
                new Operation("POST", "/admin/v1/organizations", "application/json",
                        "{\"name\": \"@@name@@\", \"kind\": \"other\", \"shortName\": \"@@shortName@@\","
                                + " \"wechatAccount\": \"@@wechatAccount@@\", \"description\": \"@@description@@\"}",
                        List.of("name", "shortName", "wechatAccount", "description")),
                new Operation("POST", "/admin/v1/topics", "application/json",
                        "{\"name\": \"@@name@@\", \"description\": \"@@description@@\"}", List.of("name", "description")),
                new Operation("PATCH", "/admin/v1/topics/" + topic, Fixtures.MERGE_PATCH,
                        "{\"description\": \"@@description@@\"}", List.of("description")),
                new Operation("POST", "/admin/v1/participants", "application/json",
                        "{\"name\": \"@@name@@\", \"bio\": \"@@bio@@\", \"positions\": [{\"organization\": \"" + org
                                + "\", \"title\": \"@@positions[0].title@@\"}]}",
                        List.of("name", "bio", "positions[0].title")),
                new Operation("POST", "/admin/v1/meetings", "application/json",
                        "{\"kind\": \"other\", \"title\": \"@@title@@\", \"startsAt\": \"2025-10-11T09:30:00+08:00\","
                                + " \"venue\": \"@@venue@@\", \"summary\": \"@@summary@@\", \"outcomes\": [\"@@outcomes[0]@@\"],"
                                + " \"activities\": [{\"title\": \"@@activities[0].title@@\", \"description\": \"@@activities[0].description@@\"}]}",
                        List.of("title", "venue", "summary", "outcomes[0]", "activities[0].title", "activities[0].description")),
                new Operation("POST", "/admin/v1/articles", "application/json",
                        "{\"title\": \"@@title@@\", \"subtitle\": \"@@subtitle@@\", \"summary\": \"@@summary@@\","
                                + " \"body\": \"@@body@@\", \"byline\": \"@@byline@@\", \"syndication\": {\"attribution\": \"@@syndication.attribution@@\"}}",
                        List.of("title", "subtitle", "summary", "body", "byline", "syndication.attribution")),
                new Operation("POST", "/admin/v1/clients", "application/json",
                        "{\"name\": \"@@name@@\", \"kind\": \"website\", \"contact\": \"@@contact@@\"}", List.of("name", "contact")),
                new Operation("POST", "/admin/v1/clients/" + client + "/keys", "application/json",
                        "{\"kind\": \"content\", \"name\": \"@@name@@\"}", List.of("name")));
    }

    Stream<Arguments> uncarriableText() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : operations()) {
            for (String field : operation.fields()) {
                for (String character : UNCARRIABLE) {
                    cases.add(Arguments.of(operation, field, character));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("uncarriableText")
    void shouldRefuseTextNoChannelCanCarryNamingTheField(Operation operation, String field, String character) {
        String body = resolve(operation.body(field, "\"前" + character + "后\""));
        send(operation, body.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    Stream<Arguments> rawBytes() {
        return operations().stream().map(o -> Arguments.of(o));
    }

    /** The same characters sent as UTF-8 (U+FFFF) and as a CESU-style encoded surrogate, not as escapes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rawBytes")
    void shouldRefuseUncarriableTextSentAsRawBytes(Operation operation) {
        String field = operation.fields().get(0);
        for (byte[] raw : List.of(new byte[] { (byte) 0xEF, (byte) 0xBF, (byte) 0xBF },
                new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xC2, (byte) 0x85 })) {
            String[] parts = resolve(operation.body(field, "\"前@@RAW@@后\"")).split("@@RAW@@");
            byte[] head = parts[0].getBytes(StandardCharsets.UTF_8);
            byte[] tail = parts[1].getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + raw.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(raw, 0, body, head.length, raw.length);
            System.arraycopy(tail, 0, body, head.length + raw.length, tail.length);
            send(operation, body).then().statusCode(400).contentType(startsWith("application/problem+json"));
        }
    }

    Stream<Arguments> lenientJson() {
        String topic = "{topic}";
        String org = "/admin/v1/organizations";
        String topics = "/admin/v1/topics";
        String json = "application/json";
        return Stream.of(
                Arguments.of("POST", topics, json, "{\"name\": \"甲\"} x", null),
                Arguments.of("POST", topics, json, "{\"name\": \"甲\"} {\"name\": \"乙\"}", null),
                Arguments.of("POST", topics, json, "{\"name\": \"甲\"} []", null),
                Arguments.of("POST", topics, json, "{\"name\": \"甲\", \"name\": \"乙\"}", "name"),
                Arguments.of("POST", org, json, "{\"name\": \"甲\", \"kind\": \"other\", \"description\": {\"a\": 1, \"a\": 2}}", null),
                Arguments.of("POST", topics, json, "{\"name\": true}", "name"),
                Arguments.of("POST", topics, json, "{\"name\": 12}", "name"),
                Arguments.of("POST", topics, json, "{\"name\": 1.5}", "name"),
                Arguments.of("POST", org, json, "{\"name\": \"甲\", \"kind\": 0}", "kind"),
                Arguments.of("POST", "/admin/v1/meetings", json, "{\"kind\": \"other\", \"title\": \"甲\", \"startsAt\": 12345}", "startsAt"),
                Arguments.of("POST", "/admin/v1/meetings", json, "{\"kind\": \"other\", \"title\": \"甲\", \"startsAt\": 12345.5}", "startsAt"),
                Arguments.of("POST", "/admin/v1/articles", json, "{\"title\": \"甲\", \"publishAt\": 1700000000}", "publishAt"),
                Arguments.of("POST", "/admin/v1/articles", json, "{\"title\": \"甲\", \"syndication\": {\"republish\": \"true\"}}", "syndication.republish"),
                Arguments.of("POST", "/admin/v1/articles", json, "{\"title\": \"甲\", \"syndication\": {\"republish\": 1}}", "syndication.republish"),
                Arguments.of("POST", "/admin/v1/clients", json, "{\"name\": \"甲\", \"kind\": \"website\", \"rateLimitPerMinute\": \"600\"}", "rateLimitPerMinute"),
                Arguments.of("POST", "/admin/v1/clients", json, "{\"name\": \"甲\", \"kind\": \"website\", \"rateLimitPerMinute\": 600.5}", "rateLimitPerMinute"),
                Arguments.of("POST", "/admin/v1/participants", json, "{\"name\": \"甲\", \"positions\": [{\"organization\": \"x\", \"title\": \"t\", \"from\": 20210301}]}", "positions[0].from"),
                Arguments.of("PATCH", topics + "/" + topic, Fixtures.MERGE_PATCH, "{\"description\": \"甲\"} x", null),
                Arguments.of("PATCH", topics + "/" + topic, Fixtures.MERGE_PATCH, "{\"description\": \"甲\", \"description\": \"乙\"}", "description"),
                Arguments.of("PATCH", topics + "/" + topic, Fixtures.MERGE_PATCH, "{\"description\": false}", "description"));
    }

    @ParameterizedTest(name = "{0} {1} {3}")
    @MethodSource("lenientJson")
    void shouldRefuseJsonThatIsNotExactlyOneDocumentOfTheDeclaredTypes(String method, String path, String contentType,
            String body, String field) {
        var answer = given().contentType(contentType).header("If-Match", "*").body(body.getBytes(StandardCharsets.UTF_8))
                .request(method, resolve(path));
        answer.then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("detail", not(containsString("com.fasterxml")));
        if (field != null) {
            answer.then().body("errors.field", hasItem(field));
        }
    }

    /** Sends the bytes as they are (placeholders already resolved), declared as UTF-8. */
    private static io.restassured.response.Response send(Operation operation, byte[] body) {
        String type = operation.contentType().contains("charset") ? operation.contentType() : operation.contentType() + "; charset=UTF-8";
        return given().contentType(type).header("If-Match", "*")
                .body(body)
                .request(operation.method(), resolve(operation.path()));
    }
}
