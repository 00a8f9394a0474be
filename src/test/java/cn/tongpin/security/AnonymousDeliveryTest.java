package cn.tongpin.security;

import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With tongpin.security.delivery.require-key=false: anonymous delivery reads, limited per address. */
@QuarkusTest
@TestProfile(AnonymousDeliveryTest.OpenDelivery.class)
class AnonymousDeliveryTest {

    public static class OpenDelivery implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tongpin.security.delivery.require-key", "false", "tongpin.rate-limit.anonymous-per-minute", "3");
        }
    }

    @Test
    void shouldLimitAnonymousReadersPerAddress() {
        String address = TestKeys.address();
        for (int remaining = 2; remaining >= 0; remaining--) {
            TestKeys.anonymous().header("X-Forwarded-For", address).get("/content/v1/nothing")
                    .then().statusCode(404).header("RateLimit-Limit", "3").header("RateLimit-Remaining", String.valueOf(remaining));
        }
        TestKeys.anonymous().header("X-Forwarded-For", address).get("/content/v1/nothing")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        TestKeys.anonymous().header("X-Forwarded-For", TestKeys.address()).get("/content/v1/nothing").then().statusCode(404);
    }

    @Test
    void shouldStillCloseTheManagementApi() {
        TestKeys.anonymous().get("/admin/v1/organizations").then().statusCode(401);
    }
}
