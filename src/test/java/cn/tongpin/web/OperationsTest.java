package cn.tongpin.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void shouldReportHealthWithTheDatabase() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")))
                .header("X-Request-Id", notNullValue());
    }

    @Test
    void shouldExposePrometheusMetrics() {
        given().get("/admin/v1/topics").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/admin/v1/topics\""))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void shouldAnswerUnknownPathsAndMethodsWithProblems() {
        given().get("/admin/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        given().put("/admin/v1/organizations").then().statusCode(405).contentType("application/problem+json");
    }

    @Test
    void shouldNotLeakInternalsInErrors() {
        given().contentType("application/json").body("{\"kind\":\"other\",\"name\":\"x\",\"parent\":{\"$gt\":1}}")
                .post("/admin/v1/organizations").then().statusCode(400)
                .body(org.hamcrest.Matchers.not(containsString("com.fasterxml")))
                .body(org.hamcrest.Matchers.not(containsString("Exception")));
    }
}
