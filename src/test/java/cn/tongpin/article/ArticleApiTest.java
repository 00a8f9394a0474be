package cn.tongpin.article;

import static cn.tongpin.article.Articles.BASE;
import static cn.tongpin.article.Articles.MERGE_PATCH;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleApiTest {

    @Test
    void shouldCreateWithEveryFieldAndReadByIdAndSlug() {
        String org = Fixtures.organization("清远广播电视台").with("kind", "media").id();
        String mentioned = Fixtures.organization("清远高新区").with("kind", "media").id();
        String topic = Fixtures.topic("党建").id();
        String person = Fixtures.participant("周岐贤").id();
        String meeting = Fixtures.meeting("宣传合作座谈会").id();
        String slug = Json.unique("report");
        Map<String, Object> body = new HashMap<>(Articles.complete("高新区与广电座谈 深化宣传合作"));
        body.putAll(Map.of("slug", slug, "subtitle", "副标题", "byline", "记者 张三", "sourceOrganization", org,
                "topics", List.of(topic), "meeting", meeting, "participants", List.of(person), "organizations", List.of(mentioned),
                "canonicalUrl", "https://news.example.cn/a/1", "sourceUrl", "https://www.example.cn/original"));
        Response created = Articles.create(body);
        created.then().statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .header("ETag", equalTo("\"1\""))
                .body("slug", equalTo(slug))
                .body("status", equalTo("draft"))
                .body("locale", equalTo("zh-Hans"))
                .body("bodyFormat", equalTo("markdown"))
                .body("bodyHtml", equalTo("<p>清远高新区代表团到访清远广播电视台。双方就深化宣传合作座谈交流。</p>\n<p>第二段。</p>\n"))
                .body("bodyText", equalTo("清远高新区代表团到访清远广播电视台。双方就深化宣传合作座谈交流。\n第二段。"))
                .body("summary", equalTo("清远高新区代表团到访清远广播电视台。双方就深化宣传合作座谈交流。第二段。"))
                .body("summaryDerived", is(true))
                .body("sourceOrganization.id", equalTo(org))
                .body("topics[0].id", equalTo(topic))
                .body("meeting.id", equalTo(meeting))
                .body("participants[0].id", equalTo(person))
                .body("organizations[0].id", equalTo(mentioned))
                .body("publishedAt", nullValue());
        String id = created.path("id");
        given().get(BASE + "/" + id).then().statusCode(200).body("slug", equalTo(slug)).header("ETag", "\"1\"")
                .header("Cache-Control", "no-store");
        given().get(BASE + "/" + slug).then().statusCode(200).body("id", equalTo(id));
        given().queryParam("meeting", meeting).get(BASE).then().statusCode(200).body("data.id", containsInAnyOrder(id));
        given().queryParam("topic", topic).queryParam("participant", person).queryParam("organization", mentioned)
                .get(BASE).then().statusCode(200).body("data.id", containsInAnyOrder(id));
    }

    @Test
    void shouldMakePinyinSlugAndRefuseDuplicateSlug() {
        String title = "党建引领" + Json.unique("");
        Articles.create(Articles.complete(title)).then().statusCode(201).body("slug", startsWith("dang-jian-yin-ling"));
        String slug = Json.unique("dup");
        Map<String, Object> first = new HashMap<>(Articles.complete("甲"));
        first.put("slug", slug);
        Articles.create(first).then().statusCode(201);
        Articles.create(first).then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("duplicate_slug")).body("errors[0].field", equalTo("slug"));
    }

    @Test
    void shouldNameEveryInvalidField() {
        Articles.create(Map.of("title", "x\u0001", "bodyFormat", "docx", "canonicalUrl", "javascript:alert(1)")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("bodyFormat"));
        Articles.create(Map.of("title", "x\u0001", "canonicalUrl", "javascript:alert(1)", "locale", "中文")).then().statusCode(400)
                .body("errors.field", hasItem("title")).body("errors.field", hasItem("canonicalUrl"))
                .body("errors.field", hasItem("locale"));
        Articles.create(Map.of()).then().statusCode(400).body("errors[0].field", equalTo("title"));
        Articles.create(Map.of("title", "t", "topics", List.of("no-such-topic-" + Json.unique("")))).then().statusCode(422)
                .body("code", equalTo("unknown_reference")).body("errors[0].field", equalTo("topics[0]"));
        Articles.create(Map.of("title", "t", "body", "![x](asset:11111111-2222-4333-8444-555555555555)")).then().statusCode(422)
                .body("errors[0].field", equalTo("body"));
    }

    /**
     * A list of references is read in one go: ids (in any case) and slugs mixed, repeats, and the first
     * that names nothing named by its place, whatever kind of text it is.
     */
    @Test
    void shouldResolveAListOfReferencesByIdOrSlugAndNameTheFirstUnknown() {
        Fixtures.Created first = Fixtures.topic("列表甲").create();
        Fixtures.Created second = Fixtures.topic("列表乙").create();
        String id = Articles.create(Map.of("title", "t", "topics", List.of(first.id().toUpperCase(), second.slug(), first.slug())))
                .then().statusCode(201).extract().path("id");
        given().get(BASE + "/" + id).then().statusCode(200)
                .body("topics.id", containsInAnyOrder(first.id(), second.id()));
        for (String unknown : List.of("no-such-topic-" + Json.unique(""), "11111111-2222-4333-8444-555555555555", "不是 slug")) {
            Articles.create(Map.of("title", "t", "topics", List.of(first.slug(), second.id(), unknown, "also-" + Json.unique("unknown"))))
                    .then().statusCode(422).body("code", equalTo("unknown_reference")).body("errors[0].field", equalTo("topics[2]"));
        }
    }

    @Test
    void shouldPatchReplaceAndHonourIfMatch() {
        String id = Articles.createId(Articles.complete("原标题"));
        given().contentType(MERGE_PATCH).body(Map.of("title", "新标题")).patch(BASE + "/" + id).then().statusCode(428);
        given().contentType(MERGE_PATCH).header("If-Match", "\"9\"").body(Map.of("title", "新标题")).patch(BASE + "/" + id)
                .then().statusCode(412);
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("title", "新标题", "summary", "编辑写的摘要"))
                .patch(BASE + "/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("title", equalTo("新标题")).body("summary", equalTo("编辑写的摘要")).body("summaryDerived", is(false))
                .body("bodyText", startsWith("清远高新区"));
        // Removing the summary derives it again from the body.
        given().contentType(MERGE_PATCH).header("If-Match", "\"2\"").body("{\"summary\":null}").patch(BASE + "/" + id)
                .then().statusCode(200).body("summaryDerived", is(true)).body("summary", startsWith("清远高新区"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("title", "只有标题"))
                .put(BASE + "/" + id).then().statusCode(200).body("body", nullValue()).body("summary", nullValue())
                .body("version", equalTo(4));
        given().delete(BASE + "/" + id).then().statusCode(204);
        given().get(BASE + "/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldChangeTheSlugOnlyWhenAskedAndCountOneVersionPerWrite() {
        String id = Articles.createId(Articles.complete("改名前"));
        String slug = Json.unique("renamed");
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("slug", slug, "title", "改名后"))
                .patch(BASE + "/" + id).then().statusCode(200).body("slug", equalTo(slug)).body("version", equalTo(2));
        given().contentType(MERGE_PATCH).header("If-Match", "\"2\"").body(Map.of("title", "再改"))
                .patch(BASE + "/" + id).then().statusCode(200).body("slug", equalTo(slug)).body("version", equalTo(3));
        given().get(BASE + "/" + slug).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldReplayIdempotentPost() {
        String key = Json.unique("key");
        Map<String, Object> body = Articles.complete("幂等" + key);
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post(BASE)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("q", "幂等" + key).get(BASE).then().statusCode(200).body("data.size()", is(1));
    }

    @Test
    void shouldStoreHtmlBodySanitisedAndKeepItsImagesAsAssetReferences() {
        String asset = cn.tongpin.asset.AssetApiTest.uploadPng();
        Map<String, Object> body = Map.of("title", "HTML", "bodyFormat", "html",
                "body", "<h1>标题</h1><p onclick=\"x()\">正文<script>alert(1)</script></p>"
                        + "<figure><img src=\"/content/v1/assets/" + asset + "\" alt=\"图\"><figcaption>说明</figcaption></figure>"
                        + "<iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(1)\">链接</a>");
        Response created = Articles.create(body);
        created.then().statusCode(201)
                .body("bodyHtml", equalTo("<h2>标题</h2><p>正文</p><figure><img src=\"/content/v1/assets/" + asset + "\" alt=\"图\" data-asset-id=\""
                        + asset + "\"><figcaption>说明</figcaption></figure><a rel=\"noopener noreferrer nofollow\">链接</a>"))
                .body("body", equalTo(created.path("bodyHtml").toString()))
                .body("bodyText", equalTo("标题\n正文\n说明\n链接"));
        Articles.create(Map.of("title", "Markdown", "body", "正文 ![封面](asset:" + asset + ")\n\n<img src=x onerror=alert(1)>"))
                .then().statusCode(201)
                .body("bodyHtml", containsString("data-asset-id=\"" + asset + "\""))
                .body("bodyHtml", not(containsString("onerror")));
    }

    @Test
    void shouldLeaveNoExecutableMarkupFromXssVectorsSentOverHttp() {
        // The vectors that point at an asset get a real one, so they are stored rather than refused as unknown.
        String asset = cn.tongpin.asset.AssetApiTest.uploadPng();
        for (String raw : cn.tongpin.richtext.XssVectors.ALL) {
            String vector = raw.replace("11111111-2222-4333-8444-555555555555", asset);
            String html = Articles.create(Map.of("title", "xss", "bodyFormat", "html", "body", "正文" + vector))
                    .then().statusCode(201).extract().path("bodyHtml");
            cn.tongpin.richtext.HtmlSanitizerTest.assertInert(vector, html == null ? "" : html);
        }
        String markdown = Articles.create(Map.of("title", "xss", "body", String.join("\n\n", cn.tongpin.richtext.XssVectors.ALL)
                        .replace("11111111-2222-4333-8444-555555555555", asset)))
                .then().statusCode(201).extract().path("bodyHtml");
        cn.tongpin.richtext.HtmlSanitizerTest.assertInert("all vectors as Markdown", markdown);
    }

    @Test
    void shouldDeriveSummaryFromChineseAndMixedText() {
        String sentence1 = "10月11日，清远高新区党工委副书记、管委会主任周岐贤带队到清远广播电视台座谈交流。";
        String sentence2 = "双方围绕深化宣传合作、推动党媒资源与党建、经济发展、文化塑造、招商引资和产业联动相结合进行了交流，"
                + "并就直播电商助力区内企业发展达成共识，还商定继续合办杂志《凤起高新》并扩大其发行范围，让更多读者了解园区。";
        Articles.create(Map.of("title", "摘要", "body", sentence1 + sentence2)).then().statusCode(201)
                .body("summary", equalTo(sentence1));
        String mixed = "The zone's electronic-information industrial park aims to be first-class in China and to reach an output of "
                + "100 billion yuan (千亿级产业园区), the city's first such park, while its WeChat account ranks in the top ten";
        String summary = Articles.create(Map.of("title", "mixed", "body", mixed)).then().statusCode(201).extract().path("summary");
        org.junit.jupiter.api.Assertions.assertTrue(summary.codePointCount(0, summary.length()) <= 120, summary);
        org.junit.jupiter.api.Assertions.assertTrue(summary.endsWith("…"), summary);
        String kept = summary.substring(0, summary.length() - 1);
        org.junit.jupiter.api.Assertions.assertTrue(mixed.startsWith(kept), summary);
        org.junit.jupiter.api.Assertions.assertFalse(Character.isLetter(mixed.charAt(kept.length())) && Character.isLetter(kept.charAt(kept.length() - 1)),
                "cut inside a word: " + summary);
    }

    @Test
    void shouldKeepWhatAnArticleRefersToAndNameTheArticle() {
        String org = Fixtures.organization("来源单位").with("kind", "media").id();
        String topic = Fixtures.topic("话题").id();
        String person = Fixtures.participant("人物").id();
        String meeting = Fixtures.meeting("会议").id();
        String title = "引用" + Json.unique("");
        Articles.create(Map.of("title", title, "sourceOrganization", org, "topics", List.of(topic), "participants", List.of(person),
                "meeting", meeting)).then().statusCode(201);
        for (String path : List.of("/admin/v1/organizations/" + org, "/admin/v1/topics/" + topic, "/admin/v1/participants/" + person,
                "/admin/v1/meetings/" + meeting)) {
            given().delete(path).then().statusCode(409).body("code", equalTo("referenced")).body("detail", containsString(title));
        }
    }

    @Test
    void shouldAnswerOddIdsAndSlugsWith404() {
        given().get(BASE + "/%00").then().statusCode(404).contentType("application/problem+json");
        given().get(BASE + "/" + "a".repeat(1000)).then().statusCode(404);
        given().get(BASE + "/00000000-0000-0000-0000-000000000000/revisions").then().statusCode(404);
        given().get("/admin/v1/assets/%00").then().statusCode(404);
        given().get("/content/v1/assets/not-an-id").then().statusCode(404);
    }

    @Test
    void shouldRefuseBadListParameters() {
        given().queryParam("status", "live").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("topic", "no-such-topic-" + Json.unique("")).get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("topic"));
        given().queryParam("publishedAfter", "yesterday").get(BASE).then().statusCode(400);
        given().queryParam("sort", "body").get(BASE).then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().queryParam("limit", 2).queryParam("sort", "-publishedAt").get(BASE).then().statusCode(200)
                .body("meta.limit", equalTo(2)).body("data", notNullValue());
    }
}
