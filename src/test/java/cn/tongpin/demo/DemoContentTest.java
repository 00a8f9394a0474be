package cn.tongpin.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoContentTest {

    @Inject
    FoundationDemo foundation;

    @Inject
    EntityManager em;

    @Test
    void shouldServeTheFoundingExample() {
        given().get("/admin/v1/participants/hu-chunlong").then().statusCode(200)
                .body("positions.title", contains("党工委委员", "管委会副主任", "机关党委书记", "“两新”组织党委书记"));
        given().get("/admin/v1/participants/zheng-weiwen").then().statusCode(200)
                .body("positions.organization.slug", contains("qingyuan-daily", "qingyuan-radio-tv"));
        given().get("/admin/v1/organizations/qingyuan-hitech-zone-offices-party-committee").then().statusCode(200)
                .body("parent.slug", equalTo("qingyuan-hitech-zone-party-committee"));
        given().get("/admin/v1/meetings/hitech-zone-radio-tv-symposium-2025").then().statusCode(200)
                .body("attendees[0].participant.slug", equalTo("zhou-qixian"))
                .body("attendees[0].role", equalTo("led_delegation"))
                .body("organizations.role", hasItems("host", "visiting"))
                .body("activities.size()", equalTo(4))
                .body("topics.slug", hasItems("dang-jian", "zhi-bo-dian-shang"));
    }

    @Test
    void shouldLoadDemoContentOnlyOnce() {
        assertFalse(foundation.loadOnce(), "a second load must not run");
        Number loads = (Number) em.createNativeQuery("select count(*) from demo_content_load where name = 'foundation'")
                .getSingleResult();
        Number people = (Number) em.createNativeQuery("select count(*) from participant where name = '胡春龙'").getSingleResult();
        assertEquals(1, loads.intValue());
        assertEquals(1, people.intValue());
    }
}
