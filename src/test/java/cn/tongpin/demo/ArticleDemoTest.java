package cn.tongpin.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleDemoTest {

    @Inject
    ArticleDemo demo;

    @Inject
    EntityManager em;

    @Test
    void shouldPublishTheMeetingReportLinkedToItsMeetingPeopleAndTopics() {
        String cover = given().get("/admin/v1/articles/" + ArticleDemo.REPORT_SLUG).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("publishedAt", notNullValue())
                .body("meeting.slug", equalTo("hitech-zone-radio-tv-symposium-2025"))
                .body("participants.slug", hasItems("zhou-qixian", "hu-chunlong", "zheng-weiwen"))
                .body("organizations.slug", hasItems("qingyuan-radio-tv", "qingyuan-hitech-zone-administration"))
                .body("topics.size()", is(7))
                .body("sourceOrganization.slug", equalTo("qingyuan-hitech-zone-media-centre"))
                .body("summary", containsString("周岐贤"))
                .body("bodyHtml", containsString("data-asset-id="))
                .body("coverImage.width", equalTo(1200))
                .extract().path("coverImage.url");
        given().get(cover).then().statusCode(200).contentType("image/png");
    }

    @Test
    void shouldPublishThePartyBuildingFigures() {
        given().get("/admin/v1/articles/" + ArticleDemo.PARTY_BUILDING_SLUG).then().statusCode(200)
                .body("status", equalTo("published"))
                .body("bodyHtml", containsString("<td>50余个</td>"))
                .body("bodyHtml", containsString("<td>400余名</td>"))
                .body("topics.slug", hasItems("dang-jian"))
                .body("coverImage", notNullValue());
    }

    @Test
    void shouldLoadTheArticlesOnlyOnce() {
        assertFalse(demo.loadOnce(), "a second load must not run");
        Number articles = (Number) em.createNativeQuery("select count(*) from article where slug = ?1")
                .setParameter(1, ArticleDemo.REPORT_SLUG).getSingleResult();
        assertEquals(1, articles.intValue());
    }
}
