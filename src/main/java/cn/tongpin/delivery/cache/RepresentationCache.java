package cn.tongpin.delivery.cache;

import cn.tongpin.delivery.DeliveryConfig;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Built answers by request (path, query and script), served while the content generation they were
 * built at is current. Stale entries stay until rebuilt, so a rebuild that gives the same bytes
 * keeps its Last-Modified. Bounded by a number of answers and by their bytes together, so that
 * however many distinct URLs callers ask for, the cache cannot outgrow its share of the heap.
 *
 * <p>Caffeine bounds one weight: an answer weighs its bytes, but at least the byte bound's share of
 * one entry, so that the weight bound holds both the bytes and the number of answers. Which answer
 * goes first is Caffeine's choice (the least likely to be asked for again).
 */
@ApplicationScoped
public class RepresentationCache {

    @Inject
    DeliveryConfig config;

    private Cache<String, Representation> entries;

    @PostConstruct
    void init() {
        DeliveryConfig.Cache limits = config.cache();
        int smallest = (int) Math.min(Integer.MAX_VALUE, Math.max(1, ceilDiv(limits.maxBytes(), Math.max(1, limits.maxEntries()))));
        entries = Caffeine.newBuilder()
                .maximumWeight(limits.maxBytes())
                .weigher((String key, Representation r) -> Math.max(r.body().length, smallest))
                .build();
    }

    public Representation get(String key) {
        return entries.getIfPresent(key);
    }

    public void put(String key, Representation representation) {
        DeliveryConfig.Cache limits = config.cache();
        if (limits.enabled() && representation.body().length <= limits.maxBodyBytes()) {
            entries.put(key, representation);
        }
    }

    public void clear() {
        entries.invalidateAll();
    }

    /** The bytes of the answers kept now. */
    long bytes() {
        entries.cleanUp();
        return entries.asMap().values().stream().mapToLong(r -> r.body().length).sum();
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    private static long ceilDiv(long x, long y) {
        return -Math.floorDiv(-x, y);
    }
}
