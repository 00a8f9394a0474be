package cn.tongpin.importing;

import static cn.tongpin.importing.Imports.BASE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.TestKeys;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportApiTest {

    private static String damagedStory() {
        String garbled = Stories.gbkShifted(Stories.GBK_SEGMENT);
        int cut = Stories.CLEAN.indexOf(Stories.GBK_SEGMENT);
        return Stories.traditionalWithPinyin(Stories.TITLE) + "\n分享到：微信 微博\n"
                + Stories.traditionalWithPinyin(Stories.CLEAN.substring(0, cut)).replace("，", ",") + garbled
                + Stories.traditionalWithPinyin(Stories.CLEAN.substring(cut + Stories.GBK_SEGMENT.length()))
                + "\n来源：清远日报\n责任编辑：李华\n点击阅读原文";
    }

    @Test
    void shouldPreviewADamagedStoryWithRepairsAndWarningsAndStoreIt() {
        Response created = Imports.post(Imports.body("text", damagedStory()));
        created.then().statusCode(201)
                .header("Location", containsString(BASE + "/"))
                .body("draft.title", equalTo(Stories.TITLE))
                .body("draft.body", startsWith("10月11日，清远高新区党工委副书记"))
                .body("draft.body", containsString("郑伟文表示，将发挥视频制作和主持人优势，为园区企业提供服务。"))
                .body("draft.body", not(containsString("分享")))
                .body("draft.editor", equalTo("李华"))
                .body("draft.source", equalTo("清远日报"))
                .body("draft.locale", equalTo("zh-Hans"))
                .body("draft.summary", startsWith("10月11日"))
                .body("report.repairs", hasItems("boilerplate", "pinyin-annotations", "traditional-to-simplified", "punctuation"))
                .body("report.changes.rule", hasItems("boilerplate", "pinyin-annotations", "traditional-to-simplified", "punctuation"))
                .body("report.changes.find { it.rule == 'pinyin-annotations' }.before", equalTo("(yuǎn)"))
                .body("warnings.kind", hasItem("rare-characters"))
                .body("warnings.find { it.kind == 'rare-characters' }.candidate", startsWith("围绕党建、经济发展"))
                .body("articleId", nullValue());
        String id = created.path("id");
        int position = created.path("warnings.find { it.kind == 'rare-characters' }.position");
        String repaired = created.path("report.text");
        org.junit.jupiter.api.Assertions.assertTrue(Stories.gbkShifted(Stories.GBK_SEGMENT).contains(repaired.substring(position, position + 2)),
                "the warning points at the garbled segment in the repaired text");
        given().get(BASE + "/" + id).then().statusCode(200).body("id", equalTo(id)).body("draft.title", equalTo(Stories.TITLE));
    }

    @Test
    void shouldSkipTheRepairsTheRequestSwitchesOff() {
        Imports.post(Imports.body("text", "清遠(yuǎn)高新區 座談\n雙方座談,深化合作。", List.of("traditional-to-simplified", "spacing")))
                .then().statusCode(201)
                .body("draft.title", equalTo("清遠高新區 座談"))
                .body("draft.body", equalTo("雙方座談，深化合作。"))
                .body("report.repairs", not(hasItem("traditional-to-simplified")))
                .body("report.changes.rule", not(hasItem("traditional-to-simplified")));
        Map<String, Object> traditional = Imports.body("text", "清遠高新區\n雙方座談。");
        traditional.put("locale", "zh-Hant");
        Imports.post(traditional).then().statusCode(201).body("draft.title", equalTo("清遠高新區")).body("report.repairs", not(hasItem("traditional-to-simplified")));
    }

    @Test
    void shouldCommitAPreviewOnceAsADraftArticle() {
        String name = Imports.uniqueHan();
        String person = Fixtures.participant(name).id();
        String id = Imports.post(Imports.body("text", "座谈会\n" + name + "率队到访。")).then().statusCode(201)
                .body("draft.participants.id", hasItem(person)).extract().path("id");
        Response committed = given().post(BASE + "/" + id + "/commit");
        committed.then().statusCode(201).header("Location", containsString("/admin/v1/articles/"))
                .body("status", equalTo("draft")).body("title", equalTo("座谈会")).body("participants.id", hasItem(person))
                .body("bodyText", equalTo(name + "率队到访。"));
        given().get(BASE + "/" + id).then().statusCode(200).body("articleId", equalTo(committed.path("id")));
        given().post(BASE + "/" + id + "/commit").then().statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("import_committed"));
    }

    @Test
    void shouldDiscardAPreviewAndKeepTheDraftMadeFromIt() {
        String id = Imports.post(Imports.body("text", "座谈会\n" + Imports.uniqueHan() + "到访。")).then().statusCode(201)
                .extract().path("id");
        String article = given().post(BASE + "/" + id + "/commit").then().statusCode(201).extract().path("id");
        given().delete(BASE + "/" + id).then().statusCode(204);
        given().get(BASE + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete(BASE + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().delete(BASE + "/not-a-preview").then().statusCode(404).contentType("application/problem+json");
        given().get("/admin/v1/articles/" + article).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void shouldCreateTheDraftAtOnceWithCommitTrueAndReplayWithTheSameKey() {
        String key = UUID.randomUUID().toString();
        Response first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).queryParam("commit", true)
                .body(Imports.body("markdown", "# 标题一\n\n正文第一段。\n\n![现场](https://img.example.cn/a.jpg)"))
                .post(BASE);
        first.then().statusCode(201).header("Location", containsString("/admin/v1/articles/")).body("articleId", notNullValue())
                .body("draft.images[0].url", equalTo("https://img.example.cn/a.jpg")).body("draft.images[0].alt", equalTo("现场"));
        String article = first.path("articleId");
        given().get("/admin/v1/articles/" + article).then().statusCode(200).body("status", equalTo("draft"))
                .body("title", equalTo("标题一")).body("bodyText", equalTo("正文第一段。"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).queryParam("commit", true)
                .body(Imports.body("markdown", "# 标题一\n\n正文第一段。\n\n![现场](https://img.example.cn/a.jpg)"))
                .post(BASE).then().statusCode(201).header("Idempotent-Replayed", "true").body("articleId", equalTo(article));
    }

    @Test
    void shouldReadAWeChatArticlePage() {
        String page = "<html><head><meta property=\"og:title\" content=\"旧标题\"><meta property=\"og:image\" content=\"https://mmbiz.qpic.cn/cover.jpg\">"
                + "</head><body><h1 id=\"activity-name\"> 清远高新区与清远广播电视台座谈 </h1><span id=\"js_author_name\">王小明</span>"
                + "<a id=\"js_name\">清远高新</a><div id=\"js_content\"><section><p>10月11日，双方座谈交流。</p>"
                + "<p><img data-src=\"https://mmbiz.qpic.cn/a.jpg\" alt=\"现场\"></p><p><strong>深化</strong>宣传合作。</p></section></div>"
                + "<script>var ct = \"1697000000\";</script></body></html>";
        Imports.post(Imports.body("wechat", page)).then().statusCode(201)
                .body("draft.title", equalTo("清远高新区与清远广播电视台座谈"))
                .body("draft.body", equalTo("10月11日，双方座谈交流。\n\n**深化**宣传合作。"))
                .body("draft.byline", equalTo("王小明"))
                .body("draft.source", equalTo("清远高新"))
                .body("draft.date", equalTo("2023-10-11"))
                .body("draft.images.url", equalTo(List.of("https://mmbiz.qpic.cn/cover.jpg", "https://mmbiz.qpic.cn/a.jpg")));
    }

    @Test
    void shouldReadAnHtmlPage() {
        String page = "<html><head><title>站点</title><meta name=\"author\" content=\"张三\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-06T08:00:00+08:00\"></head><body><nav>首页 新闻</nav>"
                + "<article><h1>合作座谈</h1><p>双方 座谈, 深化合作。</p><h2>小标题</h2><ul><li>党建</li><li>招商引资</li></ul>"
                + "<img src=\"/img/b.png\"></article><footer>版权所有</footer></body></html>";
        Map<String, Object> body = Imports.body("html", page);
        body.put("sourceUrl", "https://www.example.cn/news/2.html");
        Imports.post(body).then().statusCode(201)
                .body("draft.title", equalTo("合作座谈"))
                .body("draft.body", equalTo("双方座谈，深化合作。\n\n## 小标题\n\n- 党建\n- 招商引资"))
                .body("draft.byline", equalTo("张三"))
                .body("draft.date", equalTo("2024-05-06"))
                .body("draft.sourceUrl", equalTo("https://www.example.cn/news/2.html"))
                .body("draft.images[0].url", equalTo("https://www.example.cn/img/b.png"));
    }

    @Test
    void shouldProposeTheOrganizationsAndTheMeetingTheStoryIsAbout() {
        String orgName = Imports.uniqueHan() + "广播电视台";
        String org = Fixtures.post("/admin/v1/organizations", Map.of("name", orgName, "shortName", orgName.substring(0, 8) + "台", "kind", "media"));
        String source = Fixtures.post("/admin/v1/organizations", Map.of("name", Imports.uniqueHan() + "日报社", "kind", "media"));
        String sourceName = given().get("/admin/v1/organizations/" + source).path("name");
        String a = Imports.uniqueHan();
        String b = Imports.uniqueHan();
        String first = Fixtures.participant(a).id();
        String second = Fixtures.participant(b).id();
        int year = 2001 + new java.util.Random().nextInt(20);
        String meeting = Fixtures.post("/admin/v1/meetings", Map.of("kind", "symposium", "title", "座谈会" + Imports.uniqueHan(),
                "startsAt", year + "-10-11T09:30:00+08:00", "venue", orgName, "attendees",
                List.of(Map.of("participant", first, "role", "led_delegation"), Map.of("participant", second, "role", "host"))));
        String story = "座谈\n" + year + "年10月11日，" + a + "率队到" + orgName.substring(0, 8) + "台座谈，" + b + "主持。\n来源：" + sourceName;
        Imports.post(Imports.body("text", story)).then().statusCode(201)
                .body("draft.date", equalTo(year + "-10-11"))
                .body("draft.participants.id", hasItems(first, second))
                .body("draft.organizations.id", hasItem(org))
                .body("draft.organizations.find { it.id == '" + org + "' }.matched", equalTo(orgName.substring(0, 8) + "台"))
                .body("draft.sourceOrganization.id", equalTo(source))
                .body("draft.meeting.id", equalTo(meeting))
                .body("draft.otherNames", not(hasItem(containsString(a.substring(6)))))
                .body("draft.otherNames", not(hasItem(containsString(b.substring(6)))));
        String elsewhere = "座谈\n" + year + "年10月12日，" + a + "率队到" + orgName.substring(0, 8) + "台座谈，" + b + "主持。";
        Imports.post(Imports.body("text", elsewhere)).then().statusCode(201).body("draft.meeting", nullValue());
    }

    @Test
    void shouldAnswerBadInputWithProblems() {
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("format", "text"), Map.<String, Object>of("content", "正文"),
                Map.<String, Object>of("content", " ", "format", "text"), Imports.body("text", "正文", List.of("no-such-repair")),
                Map.<String, Object>of("content", "正文", "format", "text", "locale", "中文"),
                Map.<String, Object>of("content", "正文", "format", "text", "sourceUrl", "javascript:alert(1)"))) {
            Imports.post(bad).then().statusCode(400).contentType("application/problem+json").body("errors", notNullValue());
        }
        given().contentType(ContentType.JSON).body("{\"content\":\"正文\",\"format\":\"pdf\"}").post(BASE).then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("[1,2]").post(BASE).then().statusCode(400).contentType("application/problem+json");
        Imports.post(Imports.body("wechat", "<html><body><p>不是公众号文章</p></body></html>")).then().statusCode(422)
                .body("code", equalTo("not_a_wechat_article"));
        Imports.post(Imports.body("html", "<html><body><script>var a;</script></body></html>")).then().statusCode(422)
                .body("code", equalTo("nothing_to_import"));
        for (String id : List.of(UUID.randomUUID().toString(), "not-an-id")) {
            given().get(BASE + "/" + id).then().statusCode(404).contentType("application/problem+json");
            given().post(BASE + "/" + id + "/commit").then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRefuseAnExpiredPreview() throws java.sql.SQLException {
        String id = Imports.post(Imports.body("text", "标题\n正文。")).then().statusCode(201).extract().path("id");
        try (var connection = dataSource.getConnection();
                var expire = connection.prepareStatement("update import_preview set expires_at = now() - interval '1 minute' where id = ?")) {
            expire.setObject(1, UUID.fromString(id));
            org.junit.jupiter.api.Assertions.assertEquals(1, expire.executeUpdate());
        }
        given().get(BASE + "/" + id).then().statusCode(410).contentType("application/problem+json").body("code", equalTo("import_expired"));
        given().post(BASE + "/" + id + "/commit").then().statusCode(410).body("code", equalTo("import_expired"));
    }

    @Test
    void shouldRefuseContentKeys() {
        TestKeys.as(Fixtures.contentKey().secret()).contentType(ContentType.JSON).body(Imports.body("text", "标题\n正文")).post(BASE)
                .then().statusCode(403);
    }
}
