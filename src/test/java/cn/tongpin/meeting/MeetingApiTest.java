package cn.tongpin.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingApiTest {

    static final String BASE = "/admin/v1/meetings";

    @Test
    void shouldStoreRolesActivitiesOutcomesAndTitlesHeldAtTheMeeting() {
        String zone = Fixtures.organization("高新区" + Json.unique("")).id();
        String station = Fixtures.organization("电视台" + Json.unique("")).id();
        String topic = Fixtures.topic("媒体融合" + Json.unique("")).id();
        String lead = Fixtures.participant("周" + Json.unique("")).at(zone, "管委会主任").id();
        String host = Fixtures.participant("郑" + Json.unique("")).at(station, "台长").id();
        String id = Fixtures.post(BASE, Map.of("kind", "symposium", "title", "宣传合作座谈会", "startsAt", "2025-10-11T09:30:00+08:00",
                "venue", "清远广播电视台", "hostOrganization", station,
                "organizations", List.of(Map.of("organization", station, "role", "host"), Map.of("organization", zone, "role", "visiting")),
                "attendees", List.of(Map.of("participant", lead, "role", "led_delegation"),
                        Map.of("participant", host, "role", "host", "title", "党委书记、台长")),
                "topics", List.of(topic),
                "activities", List.of(Map.of("title", "参观主播矩阵"), Map.of("title", "召开座谈会", "description", "交流合作")),
                "outcomes", List.of("深化合作", "寻找新角度")));
        given().get(BASE + "/" + id).then().statusCode(200)
                .body("status", equalTo("draft"))
                .body("organizations.role", contains("host", "visiting"))
                .body("attendees.role", contains("led_delegation", "host"))
                .body("attendees.title", contains("管委会主任", "党委书记、台长"))
                .body("activities.title", contains("参观主播矩阵", "召开座谈会"))
                .body("outcomes", contains("深化合作", "寻找新角度"))
                .body("topics[0].id", equalTo(topic))
                .body("hostOrganization.id", equalTo(station));

        // The person is promoted later: the meeting still shows the title held then.
        int version = Fixtures.version("/admin/v1/participants/" + lead);
        given().contentType(Fixtures.MERGE_PATCH).header("If-Match", "\"" + version + "\"")
                .body(Map.of("positions", List.of(Map.of("organization", zone, "title", "党工委书记"))))
                .patch("/admin/v1/participants/" + lead).then().statusCode(200);
        given().get(BASE + "/" + id).then().body("attendees[0].title", equalTo("管委会主任"));
    }

    @Test
    void shouldFilterMeetings() {
        String org = Fixtures.organization("主办" + Json.unique("")).id();
        String person = Fixtures.participant("戊" + Json.unique("")).id();
        String title = Json.unique("forum");
        String matching = Fixtures.post(BASE, Map.of("kind", "forum", "title", title, "startsAt", "2024-03-01T10:00:00+08:00",
                "hostOrganization", org, "attendees", List.of(Map.of("participant", person, "role", "speaker"))));
        String other = Fixtures.post(BASE, Map.of("kind", "visit", "title", title + "-b", "startsAt", "2023-03-01T10:00:00+08:00",
                "organizations", List.of(Map.of("organization", org, "role", "partner"))));
        given().queryParam("organization", org).get(BASE).then().statusCode(200).body("data.id", contains(matching, other));
        given().queryParam("organization", org).queryParam("kind", "forum").get(BASE).then().body("data.id", contains(matching));
        given().queryParam("participant", person).get(BASE).then().body("data.id", contains(matching));
        given().queryParam("organization", org).queryParam("from", "2024-01-01T00:00:00+08:00").get(BASE)
                .then().body("data.id", contains(matching));
        given().queryParam("organization", org).queryParam("to", "2024-01-01T00:00:00Z").get(BASE)
                .then().body("data.id", contains(other));
        given().queryParam("from", "yesterday").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("kind", "party").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldRefuseInvalidMeetings() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "forum", "title", "论坛",
                "startsAt", "2025-10-11T09:30:00+08:00", "endsAt", "2025-10-10T09:30:00+08:00"))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("endsAt"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "forum", "title", "论坛", "startsAt", "2025-10-11 09:30"))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("startsAt"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "forum", "title", "论坛", "startsAt", "2025-10-11T09:30:00+08:00",
                "topics", List.of("no-such-topic-here")))
                .post(BASE).then().statusCode(422).body("errors[0].field", equalTo("topics[0]"));
        given().contentType(ContentType.JSON).body(Map.of("title", "论坛", "attendees", List.of(Map.of("role", "boss"))))
                .post(BASE).then().statusCode(400).body("errors.field", hasItem("attendees[0].role"));
    }

    @Test
    void shouldDeleteMeetingWithItsOwnRecords() {
        String id = Fixtures.post(BASE, Map.of("kind", "signing", "title", "签约仪式" + Json.unique(""),
                "startsAt", "2025-06-01T10:00:00+08:00", "outcomes", List.of("签署协议")));
        given().delete(BASE + "/" + id).then().statusCode(204);
        given().get(BASE + "/" + id).then().statusCode(404);
        given().queryParam("limit", 100).get(BASE).then().body("data.id", not(hasItem(id)));
    }
}
