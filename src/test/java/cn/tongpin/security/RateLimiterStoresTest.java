package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.Json;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Both bucket stores answer alike; the database one keeps the bucket where every instance sees it. */
@QuarkusTest
@Tag("persistence")
class RateLimiterStoresTest {

    @Inject
    RateLimiter limiter;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void databaseBucketShouldBeSharedStateInPostgres() throws Exception {
        String bucket = Json.unique("test-bucket");
        for (int remaining = 2; remaining >= 0; remaining--) {
            RateLimiter.Decision decision = limiter.takeInDatabase(bucket, 3);
            assertTrue(decision.allowed());
            assertEquals(remaining, decision.remaining());
        }
        assertFalse(limiter.takeInDatabase(bucket, 3).allowed());
        assertFalse(limiter.peekInDatabase(bucket, 3).allowed());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select tokens, allowed from rate_limit_bucket where bucket_key = ?")) {
            s.setString(1, bucket);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "the bucket is a row any instance reads");
                assertTrue(r.getDouble(1) < 1);
                assertFalse(r.getBoolean(2));
            }
        }
    }

    @Test
    void memoryBucketShouldAnswerLikeTheDatabaseOne() {
        MemoryBuckets memory = new MemoryBuckets();
        String bucket = Json.unique("memory-bucket");
        assertTrue(memory.peek(bucket, 2).allowed());
        assertEquals(1, memory.take(bucket, 2).remaining());
        assertEquals(0, memory.take(bucket, 2).remaining());
        RateLimiter.Decision refused = memory.take(bucket, 2);
        assertFalse(refused.allowed());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= 30);
        assertTrue(memory.take(Json.unique("other"), 2).allowed());
    }
}
