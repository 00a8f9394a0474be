package cn.tongpin.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Fixtures;
import cn.tongpin.support.TestKeys;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RateLimitTest {

    static final String ORGS = "/admin/v1/organizations";

    @Inject
    RateLimiter limiter;

    @Test
    void shouldAnswer429WithHeadersWhenTheClientsBucketIsEmpty() {
        String client = Fixtures.client(3);
        String secret = Fixtures.key(client, "editor", List.of(Fixtures.organization("机构").id())).secret();
        for (int remaining = 2; remaining >= 0; remaining--) {
            TestKeys.as(secret).get(ORGS).then().statusCode(200)
                    .header("RateLimit-Limit", "3")
                    .header("RateLimit-Remaining", String.valueOf(remaining));
        }
        Response refused = TestKeys.as(secret).get(ORGS);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("rate_limited"))
                .header("RateLimit-Limit", "3")
                .header("RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        long reset = Long.parseLong(refused.header("RateLimit-Reset"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "one token comes back every 20 s: " + retryAfter);
        assertTrue(reset >= retryAfter && reset <= 60, "the bucket is full again within a minute: " + reset);
    }

    @Test
    void shouldCountEveryKeyOfAClientInOneBucket() {
        String client = Fixtures.client(2);
        String first = Fixtures.key(client, "content", null).secret();
        String second = Fixtures.key(client, "content", null).secret();
        TestKeys.as(first).get("/content/v1/nothing").then().statusCode(404).header("RateLimit-Remaining", "1");
        TestKeys.as(second).get("/content/v1/nothing").then().statusCode(404).header("RateLimit-Remaining", "0");
        TestKeys.as(first).get("/content/v1/nothing").then().statusCode(429);
        // Another client is not affected.
        TestKeys.as(Fixtures.contentKey().secret()).get("/content/v1/nothing").then().statusCode(404);
    }

    @Test
    void shouldSlowDownAnAddressThatSendsBadKeys() {
        String address = TestKeys.address();
        String good = Fixtures.editorKey(Fixtures.organization("机构").id()).secret();
        for (int i = 0; i < 10; i++) {
            TestKeys.as("tp_test_" + "bad".repeat(15)).header("X-Forwarded-For", address).get(ORGS)
                    .then().statusCode(401);
        }
        Response slowed = TestKeys.as("tp_test_" + "bad".repeat(15)).header("X-Forwarded-For", address).get(ORGS);
        slowed.then().statusCode(429).contentType("application/problem+json").body("code", equalTo("rate_limited"));
        assertTrue(Long.parseLong(slowed.header("Retry-After")) >= 1);
        // While slowed down, even a good key from that address waits; other addresses are not affected.
        TestKeys.as(good).header("X-Forwarded-For", address).get(ORGS).then().statusCode(429);
        TestKeys.as(good).header("X-Forwarded-For", TestKeys.address()).get(ORGS).then().statusCode(200);
    }

    @Test
    void shouldSpendLeasedBatchesOnTheEventLoopAndRefuseOnceTheLimitIsUsedUp() {
        String client = Fixtures.client(40); // a lease is 2 tokens
        String secret = Fixtures.key(client, "content", null).secret();
        String path = "/content/v1/organizations/" + Fixtures.organization("机构").id();
        TestKeys.as(secret).get(path).then().statusCode(200)
                .header("RateLimit-Limit", "40")
                .header("RateLimit-Remaining", "39"); // 38 in the shared bucket, 1 leased here
        long started = System.nanoTime();
        RateLimiter.Decision local = limiter.takeWithoutWaiting("client:" + client, 40);
        assertTrue(local != null && local.allowed(), "the second token of the batch is taken without waiting: " + local);
        int admitted = 2;
        Response answer = TestKeys.as(secret).get(path);
        while (answer.statusCode() == 200 && admitted < 100) {
            int remaining = Integer.parseInt(answer.header("RateLimit-Remaining"));
            double refilled = (System.nanoTime() - started) / 1e9 * 40 / 60.0;
            assertTrue(remaining < 40 - admitted + refilled, "remaining " + remaining + " after " + admitted);
            admitted++;
            answer = TestKeys.as(secret).get(path);
        }
        answer.then().statusCode(429).contentType("application/problem+json")
                .body("code", equalTo("rate_limited"))
                .header("RateLimit-Limit", "40")
                .header("RateLimit-Remaining", "0")
                .header("RateLimit-Reset", notNullValue());
        assertTrue(Long.parseLong(answer.header("Retry-After")) >= 1);
        double refilled = (System.nanoTime() - started) / 1e9 * 40 / 60.0;
        assertTrue(admitted >= 40 && admitted <= 40 + 2 + Math.ceil(refilled),
                admitted + " admitted, " + refilled + " tokens refilled meanwhile");
    }
}
