package cn.tongpin.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Images;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every admin read of one item, by id and by slug, and of its list: the views read owned collections. */
@QuarkusTest
class AdminReadsTest {

    private static Map<String, String> items;

    /** One item of each collection, made on first use (argument sources run before the app is reachable). */
    static synchronized String item(String collection) {
        if (items == null) {
            String org = Fixtures.organization("机构").id();
            String client = Fixtures.client(null, "https://www.example.cn");
            Fixtures.Issued key = Fixtures.key(client, "editor", List.of(org));
            String participant = Fixtures.participant(Json.unique("读者")).at(org, "主任").id();
            String meeting = Fixtures.post("/admin/v1/meetings", Map.of("kind", "other", "title", Json.unique("会议"),
                    "startsAt", "2025-10-11T09:30:00+08:00", "outcomes", List.of("成果"), "organizations",
                    List.of(Map.of("organization", org, "role", "host")), "attendees", List.of(Map.of("participant", participant, "role", "host"))));
            String topic = Fixtures.topic(Json.unique("专题")).id();
            String article = Fixtures.post("/admin/v1/articles", Map.of("title", Json.unique("稿件"), "topics", List.of(topic),
                    "organizations", List.of(org), "participants", List.of(participant)));
            String asset = given().contentType("image/png").body(cn.tongpin.support.Images.png(5, 4)).post("/admin/v1/assets")
                    .then().extract().path("id");
            items = Map.of("clients", client, "organizations", org, "participants", participant, "meetings", meeting,
                    "topics", topic, "articles", article, "assets", asset, "keys", key.id(), "{client}", client);
        }
        return items.get(collection);
    }

    static Stream<String> items() {
        return Stream.of("/admin/v1/clients", "/admin/v1/organizations", "/admin/v1/participants", "/admin/v1/meetings",
                "/admin/v1/topics", "/admin/v1/articles", "/admin/v1/assets", "/admin/v1/clients/{client}/keys");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("items")
    void shouldReadEveryItemByIdBySlugAndInItsList(String template) {
        String collection = template.replace("{client}", item("{client}"));
        String id = item(collection.substring(collection.lastIndexOf('/') + 1));
        String slug = given().get(collection + "/" + id).then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(id)).extract().path("slug");
        if (slug != null) {
            given().get(collection + "/" + slug).then().statusCode(200).body("id", equalTo(id));
        }
        given().get(collection).then().statusCode(200).body("data", notNullValue());
    }
}
