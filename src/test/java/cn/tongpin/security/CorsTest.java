package cn.tongpin.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.Json;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorsTest {

    static final String ORGS = "/admin/v1/organizations";

    @Test
    void shouldAnswerPreflightForOriginsOfSomeClient() {
        String origin = "https://" + Json.unique("site") + ".example.cn";
        Fixtures.client(null, origin);
        TestKeys.anonymous().header("Origin", origin).header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, If-Match, X-Evil")
                .options(ORGS + "/x")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", equalTo("authorization, content-type, if-match"))
                .header("Vary", containsString("Origin"));
        TestKeys.anonymous().header("Origin", "https://" + Json.unique("evil") + ".example.com")
                .header("Access-Control-Request-Method", "GET")
                .options(ORGS).then().statusCode(403).contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAllowAnOriginOnlyForItsOwnClientsKeys() {
        String origin = "https://" + Json.unique("own") + ".example.cn";
        String organization = Fixtures.organization("机构").id();
        String own = Fixtures.key(Fixtures.client(null, origin), "editor", List.of(organization)).secret();
        String other = Fixtures.key(Fixtures.client(null, "https://" + Json.unique("other") + ".example.cn"), "editor",
                List.of(organization)).secret();
        TestKeys.as(own).header("Origin", origin).get(ORGS).then().statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"));
        TestKeys.as(other).header("Origin", origin).get(ORGS).then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
