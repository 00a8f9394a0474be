package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The RateLimit headers derived from a bucket's tokens (60 per minute: one per second). */
class RateLimiterDecisionTest {

    @Test
    void shouldReportRemainingTokensAndTimeUntilFull() {
        RateLimiter.Decision decision = RateLimiter.decide(true, 57.5, 60);
        assertTrue(decision.allowed());
        assertEquals(60, decision.limit());
        assertEquals(57, decision.remaining());
        assertEquals(3, decision.resetSeconds());
        assertEquals(0, decision.retryAfterSeconds());
    }

    @Test
    void shouldSayWhenTheNextTokenComesWhenRefused() {
        RateLimiter.Decision decision = RateLimiter.decide(false, 0.25, 60);
        assertFalse(decision.allowed());
        assertEquals(0, decision.remaining());
        assertEquals(1, decision.retryAfterSeconds());
        assertEquals(60, decision.resetSeconds());
        assertEquals(20, RateLimiter.decide(false, 0, 3).retryAfterSeconds());
    }
}
