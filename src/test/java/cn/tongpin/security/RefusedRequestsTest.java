package cn.tongpin.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Requests without a key to paths that need one are cheap and bounded: one address gets a few 401s
 * a minute (with its RateLimit headers), then 429 with Retry-After, whichever API it knocks on.
 */
@QuarkusTest
@TestProfile(RefusedRequestsTest.FewRefusals.class)
@Tag("persistence")
class RefusedRequestsTest {

    public static class FewRefusals implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tongpin.rate-limit.refused-per-minute", "3");
        }
    }

    @Test
    void shouldAnswer429OnceAnAddressSentTooManyRequestsWithoutAKey() {
        String address = TestKeys.address();
        String[] paths = {"/admin/v1/organizations", "/content/v1/topics", "/admin/v1/clients"};
        for (int i = 0; i < 3; i++) {
            TestKeys.anonymous().header("X-Forwarded-For", address).get(paths[i])
                    .then().statusCode(401).contentType("application/problem+json").body("code", equalTo("unauthorized"))
                    .header("WWW-Authenticate", notNullValue())
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(2 - i));
        }
        TestKeys.anonymous().header("X-Forwarded-For", address).post("/admin/v1/organizations")
                .then().statusCode(429).contentType("application/problem+json").body("code", equalTo("rate_limited"))
                .header("Retry-After", notNullValue()).header("RateLimit-Limit", "3").header("RateLimit-Remaining", "0")
                .header("WWW-Authenticate", nullValue());
        TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address()).get(paths[0]).then().statusCode(401);
    }

    @Test
    void shouldNotCountKeysOrOpenPaths() {
        String address = TestKeys.address();
        String content = Fixtures.contentKey().secret();
        for (int i = 0; i < 5; i++) {
            TestKeys.as(content).header("X-Forwarded-For", address).get("/content/v1/topics").then().statusCode(200);
        }
        TestKeys.anonymous().header("X-Forwarded-For", address).get("/admin/v1/organizations").then().statusCode(401)
                .header("RateLimit-Remaining", "2");
    }
}
