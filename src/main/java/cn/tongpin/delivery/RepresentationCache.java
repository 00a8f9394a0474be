package cn.tongpin.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Built answers by request (path, query and script), served while the content generation they were
 * built at is current. Stale entries stay until rebuilt, so a rebuild that gives the same bytes
 * keeps its Last-Modified.
 */
@ApplicationScoped
public class RepresentationCache {

    @Inject
    DeliveryConfig config;

    private final ConcurrentHashMap<String, Representation> entries = new ConcurrentHashMap<>();

    public Representation get(String key) {
        return entries.get(key);
    }

    public void put(String key, Representation representation) {
        if (!config.cache().enabled() || representation.body().length > config.cache().maxBodyBytes()) {
            return;
        }
        if (entries.size() >= config.cache().maxEntries() && !entries.containsKey(key)) {
            evict();
        }
        entries.put(key, representation);
    }

    /** Drops about a tenth of the entries, the stale ones first. */
    private void evict() {
        int target = Math.max(1, config.cache().maxEntries() / 10);
        long newest = entries.values().stream().mapToLong(Representation::generation).max().orElse(0);
        Iterator<Representation> values = entries.values().iterator();
        while (values.hasNext() && target > 0) {
            if (values.next().generation() < newest) {
                values.remove();
                target--;
            }
        }
        Iterator<String> keys = entries.keySet().iterator();
        while (keys.hasNext() && target > 0) {
            keys.next();
            keys.remove();
            target--;
        }
    }

    public void clear() {
        entries.clear();
    }
}
