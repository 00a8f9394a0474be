package cn.tongpin.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organizations, participants and topics on the delivery API, and the pages built from them. */
@QuarkusTest
class DirectoryDeliveryTest {

    @Test
    void shouldServeTheOrganizationPageInOneRequest() {
        String zone = Fixtures.organization("清远高新区党工委").with("kind", "party_committee").slug();
        String offices = Fixtures.organization("高新区机关党委").with("kind", "party_committee").with("parent", zone).slug();
        String station = Fixtures.organization("清远广播电视台").with("kind", "media").slug();
        String zhou = Fixtures.participant("周岐测").at(zone, "党工委副书记").slug();
        String formerSlug = given().contentType(ContentType.JSON).body(Map.of("slug", cn.tongpin.support.Json.unique("former"),
                "name", "前任书记", "positions", List.of(Map.of("organization", zone, "title", "书记", "from", "2010-01-01",
                        "until", "2015-01-01")))).post("/admin/v1/participants").then().statusCode(201).extract().path("slug");
        String meeting = Fixtures.meeting("宣传合作座谈会").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "published")
                .hostedBy(station).visitedBy(zone).attendedBy(zhou).slug();
        Fixtures.meeting("未发布的会议").with("startsAt", "2025-10-12T09:30:00+08:00").with("status", "draft")
                .hostedBy(station).visitedBy(zone).attendedBy(zhou).slug();

        given().queryParam("include", "people,meetings,children").get("/content/v1/organizations/" + zone).then()
                .statusCode(200)
                .body("name", equalTo("清远高新区党工委"))
                .body("children.slug", contains(offices))
                .body("people.participant.slug", contains(zhou))
                .body("people.participant.slug", not(contains(formerSlug)))
                .body("people[0].title", equalTo("党工委副书记"))
                .body("meetings.slug", contains(meeting))
                .body("meetings[0].role", equalTo("visiting"));
        given().queryParam("include", "meetings").get("/content/v1/organizations/" + station).then()
                .body("meetings[0].role", equalTo("host"));
        given().get("/content/v1/organizations/" + zone).then()
                .body("$", not(hasKey("people"))).body("$", not(hasKey("meetings"))).body("$", not(hasKey("children")));
        given().queryParam("include", "parent").get("/content/v1/organizations/" + offices).then()
                .body("parent.slug", equalTo(zone)).body("parent.kind", equalTo("party_committee"));
        given().get("/content/v1/organizations/" + offices).then()
                .body("parent.slug", equalTo(zone)).body("parent", not(hasKey("kind")));
        given().queryParam("parent", zone).get("/content/v1/organizations").then().body("data.slug", contains(offices));
        given().queryParam("parent", zone).queryParam("kind", "media").get("/content/v1/organizations").then()
                .body("data", empty());
        given().queryParam("parent", "no-such-parent").get("/content/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("parent"));
        given().queryParam("kind", "bank").get("/content/v1/organizations").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        given().queryParam("include", "people").queryParam("fields", "name,people.title")
                .get("/content/v1/organizations/" + zone).then()
                .body("$", not(hasKey("slug"))).body("people[0]", not(hasKey("participant"))).body("people[0].title", equalTo("党工委副书记"));
    }

    @Test
    void shouldServeTheParticipantTimelineWithTitlesHeldThen() {
        String zone = Fixtures.organization("清远高新区").with("kind", "government").slug();
        String person = Fixtures.participant("胡春测").at(zone, "管委会副主任").slug();
        String older = Fixtures.meeting("二〇二一年的会议").with("startsAt", "2021-05-01T09:30:00+08:00").with("status", "published")
                .hostedBy(zone).attendedBy(person).slug();
        String newer = Fixtures.meeting("二〇二五年的会议").with("startsAt", "2025-05-01T09:30:00+08:00").with("status", "published")
                .hostedBy(zone).attendedBy(person).slug();

        given().get("/content/v1/participants/" + person + "/timeline").then().statusCode(200)
                .body("participant.name", equalTo("胡春测"))
                .body("participant.positions[0].title", equalTo("管委会副主任"))
                .body("participant.positions[0].current", equalTo(true))
                .body("data.type", contains("meeting", "meeting"))
                .body("data.meeting.slug", contains(newer, older))
                .body("data[0].meeting.heldTitle", equalTo("党工委副书记、管委会主任"))
                .body("data[0].meeting.role", equalTo("led_delegation"));
        given().queryParam("limit", 1).get("/content/v1/participants/" + person + "/timeline").then()
                .body("data", hasSize(1)).body("meta.limit", equalTo(1));
        given().queryParam("limit", 0).get("/content/v1/participants/" + person + "/timeline").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("locale", "zh-Hant").get("/content/v1/participants/" + person + "/timeline").then()
                .body("participant.positions[0].title", equalTo("管委會副主任"));
        given().get("/content/v1/participants/no-such-person/timeline").then().statusCode(404);
    }

    @Test
    void shouldListParticipantsOfAnOrganization() {
        String zone = Fixtures.organization("人员筛选单位").with("kind", "government").slug();
        String a = Fixtures.participant("甲某").at(zone, "主任").slug();
        String b = Fixtures.participant("乙某").at(zone, "副主任").slug();
        given().queryParam("organization", zone).get("/content/v1/participants").then().statusCode(200)
                .body("data.slug", containsInAnyOrder(a, b))
                .body("data[0].positions[0].organization.slug", equalTo(zone));
        given().queryParam("organization", zone).queryParam("fields", "name").get("/content/v1/participants").then()
                .body("data[0]", not(hasKey("positions")));
        given().get("/content/v1/participants/" + a).then().statusCode(200).body("$", not(hasKey("meetings")));
        given().queryParam("include", "positions").get("/content/v1/participants/" + a).then().statusCode(400)
                .body("errors[0].field", equalTo("include"));
    }

    @Test
    void shouldListAndGetTopics() {
        String slug = Fixtures.topic("招商引资").slug();
        given().get("/content/v1/topics/" + slug).then().statusCode(200).body("name", equalTo("招商引资"))
                .body("version", equalTo(1));
        String id = given().get("/content/v1/topics/" + slug).path("id");
        given().get("/content/v1/topics/" + id).then().statusCode(200).body("slug", equalTo(slug));
        given().queryParam("limit", 100).queryParam("fields", "slug").get("/content/v1/topics").then().statusCode(200)
                .body("data.slug", org.hamcrest.Matchers.hasItem(slug))
                .body("data[0]", not(hasKey("name")));
        given().queryParam("include", "meetings").get("/content/v1/topics").then().statusCode(400);
        given().queryParam("limit", 100).get("/content/v1/topics").then().body("meta.nextCursor", nullValue());
    }

    @Test
    void shouldServeRepeatedRequestsWithoutTouchingTheDatabase() {
        String slug = Fixtures.topic("缓存命中").slug();
        // The notice of the write above may still arrive after the first read and make it stale once.
        given().get("/content/v1/topics/" + slug).then().statusCode(200);
        given().get("/content/v1/topics/" + slug).then().statusCode(200);
        long again = Statements.asItComes(() -> given().get("/content/v1/topics/" + slug).then().statusCode(200)
                .body("name", equalTo("缓存命中")));
        assertEquals(0, again, "served from the cache");
    }
}
