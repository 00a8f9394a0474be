package cn.tongpin.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
class ParticipantApiTest {

    static final String BASE = "/admin/v1/participants";

    @Test
    void shouldKeepSeveralPositionsAtOnceInOrder() {
        String daily = Fixtures.organization("日报社" + Json.unique("")).id();
        String station = Fixtures.organization("电视台" + Json.unique("")).id();
        String id = Fixtures.post(BASE, Map.of("name", "郑伟文", "positions", List.of(
                Map.of("organization", station, "title", "党委书记、台长", "order", 2),
                Map.of("organization", daily, "title", "党委书记、社长", "order", 1),
                Map.of("organization", daily, "title", "记者", "from", "2001-01-01", "until", "2005-12-31", "order", 3))));
        given().get(BASE + "/" + id).then().statusCode(200)
                .body("slug", org.hamcrest.Matchers.startsWith("zheng-wei-wen"))
                .body("positions.title", contains("党委书记、社长", "党委书记、台长", "记者"))
                .body("positions.current", contains(true, true, false))
                .body("positions.order", contains(1, 2, 3))
                .body("positions[0].organization.id", equalTo(daily));
    }

    @Test
    void shouldFilterByOrganization() {
        String org = Fixtures.organization("机构" + Json.unique("")).id();
        String inside = Fixtures.participant("甲" + Json.unique("")).at(org, "主任").id();
        String outside = Fixtures.participant("乙" + Json.unique("")).id();
        given().queryParam("organization", org).get(BASE).then().statusCode(200)
                .body("data.id", contains(inside)).body("data.id", not(hasItem(outside)));
        given().queryParam("organization", "no-such-org").get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("organization"));
    }

    @Test
    void shouldRefuseInvalidPositions() {
        String org = Fixtures.organization("机构" + Json.unique("")).id();
        given().contentType(ContentType.JSON).body(Map.of("name", "丙", "positions", List.of(
                Map.of("organization", org, "title", "主任", "from", "2020-01-01", "until", "2019-01-01"))))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("positions[0].until"));
        given().contentType(ContentType.JSON).body(Map.of("name", "丙", "positions", List.of(
                Map.of("organization", "missing-org", "title", "主任"))))
                .post(BASE).then().statusCode(422).body("errors[0].field", equalTo("positions[0].organization"));
        given().contentType(ContentType.JSON).body(Map.of("name", "丙", "positions", List.of(Map.of("organization", org))))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("positions[0].title"));
        given().contentType(ContentType.JSON).body(Map.of("name", "丙", "positions", List.of(
                Map.of("organization", org, "title", "主任", "from", "20-1-1"))))
                .post(BASE).then().statusCode(400).body("errors[0].field", equalTo("positions[0].from"));
    }

    @Test
    void shouldRefuseDeletingParticipantNamedByMeeting() {
        String person = Fixtures.participant("丁" + Json.unique("")).id();
        String title = "座谈会" + Json.unique("");
        Fixtures.post("/admin/v1/meetings", Map.of("kind", "symposium", "title", title, "startsAt", "2025-10-11T09:30:00+08:00",
                "attendees", List.of(Map.of("participant", person, "role", "speaker"))));
        given().delete(BASE + "/" + person).then().statusCode(409).body("code", equalTo("referenced"))
                .body("detail", containsString(title));
        given().get(BASE + "/" + person).then().statusCode(200);
    }
}
