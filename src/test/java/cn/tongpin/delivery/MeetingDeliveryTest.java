package cn.tongpin.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MeetingDeliveryTest {

    static final String BASE = "/content/v1/meetings";

    @Test
    void shouldNeverShowDraftMeetings() {
        String host = Fixtures.organization("清远广播电视台").with("kind", "media").slug();
        String person = Fixtures.participant("郑伟测").at(host, "台长").slug();
        String published = Fixtures.meeting("公开的座谈会").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "published")
                .hostedBy(host).attendedBy(person).slug();
        String draft = Fixtures.meeting("草稿座谈会").with("startsAt", "2025-10-12T09:30:00+08:00").with("status", "draft")
                .hostedBy(host).attendedBy(person).slug();

        given().queryParam("organization", host).get(BASE).then().statusCode(200)
                .body("data.slug", contains(published));
        given().get(BASE + "/" + published).then().statusCode(200).body("title", equalTo("公开的座谈会"));
        given().get(BASE + "/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("include", "meetings").get("/content/v1/organizations/" + host).then().statusCode(200)
                .body("meetings.slug", contains(published));
        given().queryParam("include", "meetings").get("/content/v1/participants/" + person).then().statusCode(200)
                .body("meetings.slug", contains(published));
        given().get("/content/v1/participants/" + person + "/timeline").then().statusCode(200)
                .body("data.meeting.slug", contains(published));
        given().queryParam("q", "草稿座谈会").get(BASE).then().statusCode(200).body("data", empty());
    }

    @Test
    void shouldHideMeetingAtOnceWhenUnpublished() {
        String host = Fixtures.organization("清远日报社").with("kind", "media").slug();
        String slug = Fixtures.meeting("将撤回的会议").with("startsAt", "2025-09-01T09:00:00+08:00").with("status", "published")
                .hostedBy(host).slug();
        given().get(BASE + "/" + slug).then().statusCode(200);
        given().queryParam("organization", host).get(BASE).then().body("data", hasSize(1));

        given().contentType("application/merge-patch+json; charset=UTF-8").header("If-Match", "\"1\"")
                .body("{\"status\":\"draft\"}").patch("/admin/v1/meetings/" + slug).then().statusCode(200);

        given().get(BASE + "/" + slug).then().statusCode(404);
        given().queryParam("organization", host).get(BASE).then().statusCode(200).body("data", empty());
    }

    @Test
    void shouldFilterByOrganizationParticipantKindAndTime() {
        String host = Fixtures.organization("高新区管委会").with("kind", "government").slug();
        String visitor = Fixtures.organization("高新区融媒体中心").with("kind", "media").slug();
        String person = Fixtures.participant("周岐测").at(host, "管委会主任").slug();
        String early = Fixtures.meeting("早期会议").with("startsAt", "2021-03-01T09:00:00+08:00").with("status", "published")
                .hostedBy(host).slug();
        String late = Fixtures.meeting("近期会议").with("startsAt", "2025-10-11T09:00:00+08:00").with("status", "published")
                .hostedBy(host).visitedBy(visitor).attendedBy(person).slug();

        given().queryParam("organization", host).get(BASE).then().statusCode(200).body("data.slug", contains(late, early));
        given().queryParam("organization", visitor).get(BASE).then().body("data.slug", contains(late));
        given().queryParam("participant", person).get(BASE).then().body("data.slug", contains(late));
        given().queryParam("organization", host).queryParam("from", "2025-01-01T00:00:00+08:00").get(BASE)
                .then().body("data.slug", contains(late));
        given().queryParam("organization", host).queryParam("to", "2025-01-01T00:00:00+08:00").get(BASE)
                .then().body("data.slug", contains(early));
        given().queryParam("organization", host).queryParam("kind", "symposium").get(BASE).then().body("data", hasSize(2));
        given().queryParam("organization", host).queryParam("kind", "visit").get(BASE).then().body("data", empty());
        given().queryParam("organization", host).queryParam("sort", "startsAt").get(BASE)
                .then().body("data.slug", contains(early, late));
    }

    @Test
    void shouldAnswer400NamingTheParameter() {
        expect400("organization", "organization", "no-such-org");
        expect400("kind", "kind", "banquet");
        expect400("from", "from", "yesterday");
        expect400("sort", "sort", "-weight");
        expect400("fields", "fields", "id,colour");
        expect400("fields", "fields", "topics.colour");
        expect400("include", "include", "articlez");
        expect400("limit", "limit", "101");
        expect400("limit", "limit", "0");
        expect400("cursor", "cursor", "garbage");
        expect400("q", "q", "");
        expect400("locale", "locale", "fr");
        given().queryParam("colour", "red").get(BASE).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("colour"));
        given().queryParam("colour", "red").get("/content/v1/topics").then().statusCode(400);
    }

    private static void expect400(String field, String param, String value) {
        given().queryParam(param, value).get(BASE).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
    }

    @Test
    void shouldShapeWithFieldsAndExpandWithInclude() {
        String host = Fixtures.organization("清远高新区").with("kind", "government").slug();
        String person = Fixtures.participant("胡春测").at(host, "党工委委员").slug();
        String topic = Fixtures.topic("党建").slug();
        String slug = Fixtures.meeting("党建座谈会").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "published")
                .hostedBy(host).attendedBy(person).with("topics", List.of(topic)).slug();

        given().queryParam("fields", "id,title").get(BASE + "/" + slug).then().statusCode(200)
                .body("$", hasKey("title")).body("$", not(hasKey("summary"))).body("$", not(hasKey("topics")));
        given().queryParam("fields", "id,title").queryParam("include", "topics").get(BASE + "/" + slug).then()
                .body("topics[0].slug", equalTo(topic)).body("topics[0].description", equalTo("党建工作"))
                .body("$", not(hasKey("venue")));
        given().queryParam("fields", "title,topics.name").queryParam("include", "topics").get(BASE + "/" + slug).then()
                .body("topics[0].name", equalTo("党建")).body("topics[0]", not(hasKey("slug")));
        given().get(BASE + "/" + slug).then()
                .body("topics[0]", not(hasKey("description"))).body("topics[0].name", equalTo("党建"))
                .body("attendees[0].participant.name", equalTo("胡春测"))
                .body("attendees[0].participant", not(hasKey("positions")))
                .body("attendees[0].title", equalTo("党工委副书记、管委会主任"));
        given().queryParam("include", "attendees,organizations,hostOrganization").get(BASE + "/" + slug).then()
                .body("attendees[0].participant.positions[0].title", equalTo("党工委委员"))
                .body("organizations[0].organization.kind", equalTo("government"))
                .body("hostOrganization.kind", equalTo("government"));
        given().queryParam("organization", host).queryParam("fields", "slug,outcomes").get(BASE).then()
                .body("data[0].outcomes[0]", equalTo("深化合作项目")).body("data[0]", not(hasKey("title")));
    }

    @Test
    void shouldWalkCursorPagesStablyWhileMeetingsAreAdded() {
        String host = Fixtures.organization("分页测试单位").with("kind", "other").slug();
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            created.add(Fixtures.meeting("会议" + i).with("startsAt", "2024-0" + i + "-01T09:00:00+08:00").with("status", "published")
                    .hostedBy(host).slug());
        }
        Response first = given().queryParam("organization", host).queryParam("limit", 2).get(BASE);
        first.then().statusCode(200).body("data", hasSize(2)).body("meta.nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\""));
        List<String> seen = new ArrayList<>(first.jsonPath().getList("data.slug"));
        String cursor = first.path("meta.nextCursor");
        // Newer and older meetings appear between page requests.
        Fixtures.meeting("插入的新会议").with("startsAt", "2024-12-01T09:00:00+08:00").with("status", "published")
                .hostedBy(host).slug();
        while (cursor != null) {
            Response next = given().queryParam("organization", host).queryParam("limit", 2).queryParam("cursor", cursor).get(BASE);
            next.then().statusCode(200);
            seen.addAll(next.jsonPath().getList("data.slug"));
            cursor = next.path("meta.nextCursor");
        }
        List<String> expected = new ArrayList<>(created);
        java.util.Collections.reverse(expected);
        assertEquals(expected, seen, "every meeting once, in order, none skipped or repeated");
    }

    @Test
    void shouldNumberPagesAndCountWhenAsked() {
        String host = Fixtures.organization("计数测试单位").with("kind", "other").slug();
        for (int i = 1; i <= 3; i++) {
            Fixtures.meeting("计数会议" + i).with("startsAt", "2023-0" + i + "-01T09:00:00+08:00").with("status", "published")
                    .hostedBy(host).slug();
        }
        given().queryParam("organization", host).get(BASE).then().body("meta", not(hasKey("total")))
                .body("meta.limit", equalTo(20));
        given().queryParam("organization", host).queryParam("page", 2).queryParam("limit", 2).queryParam("count", true)
                .get(BASE).then().statusCode(200).body("data", hasSize(1)).body("meta.total", equalTo(3))
                .body("meta.page", equalTo(2)).header("Link", nullValue());
        given().queryParam("organization", host).queryParam("page", 1).queryParam("limit", 2).get(BASE).then()
                .header("Link", containsString("page=2")).body("meta", not(hasKey("total")));
        given().queryParam("page", 1).queryParam("cursor", "x").get(BASE).then().statusCode(400);
    }

    @Test
    void shouldSearchChineseTraditionalMixedAndTwoCharacterQueries() {
        String host = Fixtures.organization("搜索测试单位").with("kind", "other").slug();
        String unique = "凤起高新" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String slug = Fixtures.meeting(unique + "宣传合作座谈会").with("startsAt", "2025-10-11T09:30:00+08:00").with("status", "published")
                .hostedBy(host).slug();
        String other = Fixtures.meeting("无关的会议").with("startsAt", "2025-10-12T09:30:00+08:00").with("status", "published")
                .hostedBy(host).slug();

        given().queryParam("q", "宣传合作").queryParam("organization", host).get(BASE).then().statusCode(200)
                .body("data.slug", contains(slug));
        given().queryParam("q", "党建").queryParam("organization", host).get(BASE).then()
                .body("data.slug", hasItem(slug)).body("data.slug", hasItem(other));
        given().queryParam("q", "宣傳合作").queryParam("organization", host).get(BASE).then()
                .body("data.slug", contains(slug));
        given().queryParam("q", "2021 党员").queryParam("organization", host).get(BASE).then()
                .body("data.slug", hasSize(2));
        given().queryParam("q", "400").queryParam("organization", host).get(BASE).then().body("data", hasSize(2));
        given().queryParam("q", "座谈会").queryParam("organization", host).queryParam("sort", "title").get(BASE).then()
                .statusCode(200).body("data.slug", contains(slug));
        given().queryParam("q", "不存在的词语").get(BASE).then().statusCode(200).body("data", empty());
        given().queryParam("q", "党").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "，。").get(BASE).then().statusCode(400);
    }

    @Test
    void shouldRankTitleMatchesAboveBodyMatches() {
        String host = Fixtures.organization("排序测试单位").with("kind", "other").slug();
        String inBody = Fixtures.meeting("普通会议甲").with("startsAt", "2025-10-13T09:30:00+08:00").with("status", "published")
                .hostedBy(host).slug();
        String inTitle = Fixtures.meeting("招商引资专题会").with("startsAt", "2025-10-01T09:30:00+08:00").with("status", "published")
                .hostedBy(host).slug();
        given().queryParam("q", "招商引资").queryParam("organization", host).get(BASE).then()
                .body("data.slug", contains(inTitle, inBody));
    }

    @Test
    void shouldKeepStatementCountFlatAcrossPageSizes() {
        String host = Fixtures.organization("语句计数单位").with("kind", "other").slug();
        String topic = Fixtures.topic("语句计数").slug();
        for (int i = 1; i <= 6; i++) {
            String person = Fixtures.participant("参会者" + i).at(host, "职员").slug();
            Fixtures.meeting("语句会议" + i).with("startsAt", "2022-0" + i + "-01T09:00:00+08:00").with("status", "published")
                    .hostedBy(host).attendedBy(person).with("topics", List.of(topic)).slug();
        }
        String include = "attendees,organizations,hostOrganization,topics";
        long one = Statements.count(() -> given().queryParam("organization", host).queryParam("limit", 1)
                .queryParam("include", include).get(BASE).then().statusCode(200).body("data", hasSize(1)));
        long six = Statements.count(() -> given().queryParam("organization", host).queryParam("limit", 6)
                .queryParam("include", include).get(BASE).then().statusCode(200).body("data", hasSize(6)));
        assertTrue(one > 0, "statistics are counting");
        assertEquals(one, six, "statements for 1 row and for 6 rows");
        long orgOne = Statements.count(() -> given().queryParam("parent", host).queryParam("limit", 1)
                .queryParam("include", "people,meetings,children,parent").get("/content/v1/organizations").then().statusCode(200));
        long orgMany = Statements.count(() -> given().queryParam("limit", 50)
                .queryParam("include", "people,meetings,children,parent").get("/content/v1/organizations").then().statusCode(200));
        assertTrue(orgMany <= orgOne + 1, orgOne + " vs " + orgMany);
        long people = Statements.count(() -> given().queryParam("organization", host).queryParam("limit", 6)
                .queryParam("include", "meetings").get("/content/v1/participants").then().statusCode(200).body("data", hasSize(6)));
        long person = Statements.count(() -> given().queryParam("organization", host).queryParam("limit", 1)
                .queryParam("include", "meetings").get("/content/v1/participants").then().statusCode(200).body("data", hasSize(1)));
        assertEquals(person, people);
    }

    @Test
    void shouldNotRepeatItemsAcrossSearchPages() {
        String host = Fixtures.organization("搜索分页单位").with("kind", "other").slug();
        for (int i = 1; i <= 3; i++) {
            Fixtures.meeting("文化客厅参观" + i).with("startsAt", "2025-0" + i + "-01T09:00:00+08:00").with("status", "published")
                    .hostedBy(host).slug();
        }
        Response first = given().queryParam("q", "文化客厅").queryParam("organization", host).queryParam("limit", 2).get(BASE);
        first.then().statusCode(200).body("data", hasSize(2));
        Set<String> seen = new HashSet<>(first.jsonPath().getList("data.slug"));
        Response second = given().queryParam("q", "文化客厅").queryParam("organization", host).queryParam("limit", 2)
                .queryParam("cursor", (String) first.path("meta.nextCursor")).get(BASE);
        second.then().statusCode(200).body("data", hasSize(1)).body("meta.nextCursor", nullValue());
        assertFalse(seen.contains((String) second.path("data[0].slug")));
    }
}
