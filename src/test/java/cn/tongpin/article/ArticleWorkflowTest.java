package cn.tongpin.article;

import static cn.tongpin.article.Articles.BASE;
import static cn.tongpin.article.Articles.MERGE_PATCH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleWorkflowTest {

    static String inAnHour() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(1).withNano(0).toString();
    }

    @Test
    void shouldGoThroughDraftScheduledPublishedArchivedAndBackToDraft() {
        String id = Articles.createId(Articles.complete("流程"));
        String at = inAnHour();
        given().contentType(ContentType.JSON).body(Map.of("publishAt", at)).post(BASE + "/" + id + "/schedule")
                .then().statusCode(200).body("status", equalTo("scheduled")).body("version", equalTo(2));
        given().post(BASE + "/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", notNullValue()).body("publishAt", nullValue());
        String firstPublished = given().get(BASE + "/" + id).then().extract().path("publishedAt");
        given().post(BASE + "/" + id + "/unpublish").then().statusCode(200).body("status", equalTo("archived"));
        given().post(BASE + "/" + id + "/publish").then().statusCode(200).body("status", equalTo("published"))
                .body("publishedAt", equalTo(firstPublished));
        given().post(BASE + "/" + id + "/unpublish").then().statusCode(200).body("status", equalTo("archived"));
        given().post(BASE + "/" + id + "/unpublish").then().statusCode(200).body("status", equalTo("draft"));
        given().get(BASE + "/" + id + "/revisions").then().statusCode(200)
                .body("data.reason", equalTo(java.util.List.of("unpublish", "unpublish", "publish", "unpublish", "publish", "schedule", "create")));
        given().queryParam("status", "draft").queryParam("q", "流程").queryParam("limit", 100).get(BASE).then().statusCode(200)
                .body("data.id", hasItem(id));
    }

    @Test
    void shouldRefuseTransitionsThatDoNotExist() {
        String id = Articles.createId(Articles.complete("拒绝"));
        given().post(BASE + "/" + id + "/unpublish").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("invalid_transition")).body("detail", containsString("draft"));
        given().post(BASE + "/" + id + "/publish").then().statusCode(200);
        given().post(BASE + "/" + id + "/publish").then().statusCode(409).body("code", equalTo("invalid_transition"));
        given().contentType(ContentType.JSON).body(Map.of("publishAt", inAnHour())).post(BASE + "/" + id + "/schedule")
                .then().statusCode(409);
        given().header("If-Match", "\"1\"").post(BASE + "/" + id + "/unpublish").then().statusCode(412);
    }

    @Test
    void shouldRefusePublishingWithoutTitleBodyOrSummaryAndSayWhatIsMissing() {
        String id = Articles.createId(Map.of("subtitle", "只有副标题", "summary", "摘要"));
        given().post(BASE + "/" + id + "/publish").then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("incomplete"))
                .body("errors.field", hasItems("title", "body")).body("errors.field", not(hasItem("summary")))
                .body("detail", containsString("title"));
        String noText = Articles.createId(Map.of("title", "只有标题"));
        given().contentType(ContentType.JSON).body(Map.of("publishAt", inAnHour())).post(BASE + "/" + noText + "/schedule")
                .then().statusCode(422).body("errors.field", hasItems("body", "summary"));
        given().get(BASE + "/" + noText).then().body("status", equalTo("draft")).body("version", equalTo(1));
    }

    @Test
    void shouldKeepALiveArticleComplete() {
        String id = Articles.createId(Articles.complete("在线"));
        given().post(BASE + "/" + id + "/publish").then().statusCode(200);
        given().contentType(MERGE_PATCH).header("If-Match", Articles.etag(id)).body("{\"title\":null}").patch(BASE + "/" + id)
                .then().statusCode(422).body("errors[0].field", equalTo("title"));
        given().get(BASE + "/" + id).then().body("title", equalTo("在线"));
    }

    @Test
    void shouldRefuseSchedulesInThePastOrEndingBeforeTheyStart() {
        String id = Articles.createId(Articles.complete("排期"));
        given().contentType(ContentType.JSON).body(Map.of("publishAt", "2020-01-01T00:00:00+08:00"))
                .post(BASE + "/" + id + "/schedule").then().statusCode(422).body("errors[0].field", equalTo("publishAt"));
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2);
        given().contentType(ContentType.JSON).body(Map.of("publishAt", at.toString(), "unpublishAt", at.minusHours(1).toString()))
                .post(BASE + "/" + id + "/schedule").then().statusCode(422).body("errors[0].field", equalTo("unpublishAt"));
        given().contentType(ContentType.JSON).body(Map.of()).post(BASE + "/" + id + "/schedule").then().statusCode(400)
                .body("errors[0].field", equalTo("publishAt"));
        given().get(BASE + "/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void shouldKeepEveryRevisionWithWhoWhenAndWhatAndRestoreOne() {
        String id = Articles.createId(Articles.complete("第一版标题"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("title", "第二版标题", "byline", "记者"))
                .patch(BASE + "/" + id).then().statusCode(200);
        given().contentType(MERGE_PATCH).header("If-Match", "\"2\"").body(Map.of("body", "全新的正文。"))
                .patch(BASE + "/" + id).then().statusCode(200);
        given().get(BASE + "/" + id + "/revisions").then().statusCode(200)
                .body("data.number", equalTo(java.util.List.of(3, 2, 1)))
                .body("data[0].author", org.hamcrest.Matchers.endsWith(":" + cn.tongpin.support.TestKeys.ADMIN.substring(0, 16)))
                .body("data[0].createdAt", notNullValue())
                .body("data[0].changedFields", equalTo(java.util.List.of("body", "summary")))
                .body("data[1].changedFields", equalTo(java.util.List.of("byline", "title")))
                .body("data[2].reason", equalTo("create"))
                .body("data[0].state", nullValue());
        given().get(BASE + "/" + id + "/revisions/1").then().statusCode(200)
                .body("state.title", equalTo("第一版标题"))
                .body("state.body", containsString("清远高新区代表团"))
                .body("state.status", equalTo("draft"));
        given().get(BASE + "/" + id + "/revisions/9").then().statusCode(404);

        given().post(BASE + "/" + id + "/revisions/1/restore").then().statusCode(428);
        given().header("If-Match", "\"3\"").post(BASE + "/" + id + "/revisions/1/restore").then().statusCode(200)
                .body("title", equalTo("第一版标题")).body("byline", nullValue())
                .body("bodyText", containsString("清远高新区代表团")).body("version", equalTo(4));
        given().get(BASE + "/" + id + "/revisions").then()
                .body("data[0].number", equalTo(4)).body("data[0].reason", equalTo("restore")).body("data[0].restoredFrom", equalTo(1))
                .body("data[0].changedFields", equalTo(java.util.List.of("body", "byline", "summary", "title")));
        // What the editor wrote in between is still there.
        given().get(BASE + "/" + id + "/revisions/3").then().body("state.body", equalTo("全新的正文。"))
                .body("state.title", equalTo("第二版标题"));
    }

    @Test
    void shouldRestoreContentButKeepTheWorkflowState() {
        String id = Articles.createId(Articles.complete("已发布"));
        given().post(BASE + "/" + id + "/publish").then().statusCode(200);
        given().contentType(MERGE_PATCH).header("If-Match", "\"2\"").body(Map.of("title", "改过的"))
                .patch(BASE + "/" + id).then().statusCode(200);
        given().header("If-Match", "\"3\"").post(BASE + "/" + id + "/revisions/1/restore").then().statusCode(200)
                .body("status", equalTo("published")).body("title", equalTo("已发布"));
        given().get(BASE + "/" + id + "/revisions").then().body("data.size()", is(4));
    }
}
