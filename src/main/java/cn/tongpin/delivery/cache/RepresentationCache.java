package cn.tongpin.delivery.cache;

import cn.tongpin.delivery.DeliveryConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Built answers by request (path, query and script), served while the content generation they were
 * built at is current. Stale entries stay until rebuilt, so a rebuild that gives the same bytes
 * keeps its Last-Modified. Bounded by a number of answers and by their bytes together, so that
 * however many distinct URLs callers ask for, the cache cannot outgrow its share of the heap.
 */
@ApplicationScoped
public class RepresentationCache {

    @Inject
    DeliveryConfig config;

    private final ConcurrentHashMap<String, Representation> entries = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    public Representation get(String key) {
        return entries.get(key);
    }

    public void put(String key, Representation representation) {
        DeliveryConfig.Cache limits = config.cache();
        int size = representation.body().length;
        if (!limits.enabled() || size > limits.maxBodyBytes()) {
            return;
        }
        if (!entries.containsKey(key) && (entries.size() >= limits.maxEntries() || bytes.get() + size > limits.maxBytes())) {
            evict(size);
        }
        Representation previous = entries.put(key, representation);
        bytes.addAndGet(size - (previous == null ? 0 : previous.body().length));
    }

    /**
     * Makes room, the stale answers first: a tenth of the entries when there are too many, and when
     * the bytes would outgrow the bound, enough for {@code room} more and a tenth of the bound spare.
     */
    private void evict(long room) {
        DeliveryConfig.Cache limits = config.cache();
        int count = entries.size() >= limits.maxEntries() ? Math.max(1, limits.maxEntries() / 10) : 0;
        long budget = bytes.get() + room > limits.maxBytes() ? limits.maxBytes() - limits.maxBytes() / 10 - room : Long.MAX_VALUE;
        long newest = entries.values().stream().mapToLong(Representation::generation).max().orElse(0);
        Iterator<Map.Entry<String, Representation>> stale = entries.entrySet().iterator();
        while (stale.hasNext() && (count > 0 || bytes.get() > budget)) {
            Map.Entry<String, Representation> entry = stale.next();
            if (entry.getValue().generation() < newest) {
                remove(entry.getKey(), entry.getValue());
                count--;
            }
        }
        Iterator<Map.Entry<String, Representation>> any = entries.entrySet().iterator();
        while (any.hasNext() && (count > 0 || bytes.get() > budget)) {
            Map.Entry<String, Representation> entry = any.next();
            remove(entry.getKey(), entry.getValue());
            count--;
        }
    }

    private void remove(String key, Representation representation) {
        if (entries.remove(key, representation)) {
            bytes.addAndGet(-representation.body().length);
        }
    }

    /** The bytes of the answers kept now. */
    long bytes() {
        return bytes.get();
    }

    int size() {
        return entries.size();
    }

    public void clear() {
        entries.forEach(this::remove);
    }
}
