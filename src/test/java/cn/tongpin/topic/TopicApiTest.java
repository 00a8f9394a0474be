package cn.tongpin.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicApiTest {

    @Test
    void shouldCreatePatchAndDeleteTopic() {
        String name = "党建" + Json.unique("");
        String id = Fixtures.topic(name).with("slug", null).id(); // the service makes the slug from the name
        given().get("/admin/v1/topics/" + id).then().statusCode(200).body("name", equalTo(name))
                .body("slug", org.hamcrest.Matchers.startsWith("dang-jian-"));
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("description", "党的建设"))
                .patch("/admin/v1/topics/" + id).then().statusCode(200).body("description", equalTo("党的建设"));
        given().delete("/admin/v1/topics/" + id).then().statusCode(204);
        given().get("/admin/v1/topics/" + id).then().statusCode(404);
    }

    @Test
    void shouldRefuseDeletingTopicUsedByMeeting() {
        String topic = Fixtures.topic("招商" + Json.unique("")).id();
        String title = "招商推介会" + Json.unique("");
        Fixtures.post("/admin/v1/meetings", Map.of("kind", "forum", "title", title,
                "startsAt", "2025-05-01T10:00:00+08:00", "topics", List.of(topic)));
        given().delete("/admin/v1/topics/" + topic).then().statusCode(409).body("detail", containsString(title));
    }

    @Test
    void shouldRefuseBlankName() {
        given().contentType(ContentType.JSON).body(Map.of("name", "")).post("/admin/v1/topics")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
    }
}
