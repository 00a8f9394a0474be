package cn.tongpin.security;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The origins some client allows, for CORS preflights (which carry no key). Kept in memory for
 * {@link #MAX_AGE}, so another instance's change is seen within that time; loaded off the event
 * loop, once for all the requests that need it at the same time.
 */
@ApplicationScoped
public class AllowedOrigins {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    private static final String ALL = "all";

    @Inject
    StoredKeys keys;

    private AsyncLoadingCache<String, Set<String>> origins;
    /** What the last load found: answered while the database cannot be asked. */
    private volatile Set<String> lastLoaded = Set.of();

    @PostConstruct
    void init() {
        origins = Caffeine.newBuilder().expireAfterWrite(MAX_AGE).executor(Infrastructure.getDefaultWorkerPool())
                .buildAsync(all -> load());
    }

    /**
     * The allowed origins: completed at once when they are known, else once they are loaded (or,
     * when they cannot be, the last ones loaded).
     */
    public CompletableFuture<Set<String>> whenLoaded() {
        return origins.get(ALL).exceptionally(failure -> lastLoaded);
    }

    /** The origins last loaded, without waiting (the ones the CORS filter decided this request with). */
    public Set<String> current() {
        return lastLoaded;
    }

    private Set<String> load() {
        Set<String> loaded = QuarkusTransaction.requiringNew().call(keys::allowedOrigins);
        lastLoaded = loaded;
        return loaded;
    }

    /** Called after a client's origins changed on this instance. */
    public void invalidate() {
        origins.synchronous().invalidate(ALL);
    }
}
