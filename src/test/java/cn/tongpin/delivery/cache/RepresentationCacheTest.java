package cn.tongpin.delivery.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.delivery.DeliveryConfig;
import io.vertx.core.buffer.Buffer;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RepresentationCacheTest {

    private static RepresentationCache cache(int maxEntries, long maxBytes) {
        Map<String, Object> limits = Map.of("enabled", true, "maxEntries", maxEntries, "maxBodyBytes", 1000, "maxBytes", maxBytes);
        Object cacheLimits = Proxy.newProxyInstance(DeliveryConfig.class.getClassLoader(), new Class<?>[] { DeliveryConfig.Cache.class },
                (proxy, method, args) -> limits.get(method.getName()));
        RepresentationCache cache = new RepresentationCache();
        cache.config = (DeliveryConfig) Proxy.newProxyInstance(DeliveryConfig.class.getClassLoader(),
                new Class<?>[] { DeliveryConfig.class }, (proxy, method, args) -> cacheLimits);
        cache.init();
        return cache;
    }

    private static Representation answer(int bytes, long generation) {
        byte[] body = new byte[bytes];
        return new Representation(body, Buffer.buffer(body), "\"e\"", Instant.EPOCH, "zh-Hans", null, generation);
    }

    @Test
    void keepsTheBytesOfAllAnswersUnderTheBound() {
        RepresentationCache cache = cache(1000, 1000);
        for (int i = 0; i < 50; i++) {
            cache.put("/content/v1/articles?page=" + i, answer(100, 1));
            assertTrue(cache.bytes() <= 1000, "bytes " + cache.bytes());
        }
        assertEquals(cache.size() * 100L, cache.bytes());
        assertTrue(cache.size() > 0);
    }

    @Test
    void keepsNoMoreAnswersThanTheBoundHoweverSmall() {
        RepresentationCache cache = cache(10, 1000);
        for (int i = 0; i < 50; i++) {
            cache.put("/content/v1/topics?page=" + i, answer(1, 1));
            assertTrue(cache.size() <= 10, "answers " + cache.size());
        }
    }

    @Test
    void replacingAnAnswerCountsOnlyTheNewBytesAndClearingCountsNone() {
        RepresentationCache cache = cache(1000, 1000);
        cache.put("list", answer(300, 1));
        cache.put("list", answer(100, 2));
        assertEquals(100, cache.bytes());
        cache.put("too big", answer(2000, 2));
        assertNull(cache.get("too big"));
        cache.clear();
        assertEquals(0, cache.bytes());
        assertEquals(0, cache.size());
    }
}
