package cn.tongpin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Set;

/**
 * The origins some client allows, for CORS preflights (which carry no key). Kept in memory and
 * reloaded when stale, so another instance's change is seen within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class AllowedOrigins {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private volatile Set<String> origins;
    private volatile long loadedAt;

    public boolean stale() {
        return origins == null || System.nanoTime() - loadedAt > MAX_AGE.toNanos();
    }

    /** The last loaded set; may be empty before the first load. */
    public Set<String> current() {
        Set<String> known = origins;
        return known == null ? Set.of() : known;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> reload() {
        Set<String> loaded = Set.copyOf(em.createQuery(
                "select distinct o from ApiClient c join c.allowedOrigins o", String.class).getResultList());
        origins = loaded;
        loadedAt = System.nanoTime();
        return loaded;
    }

    /** Called after a client's origins changed on this instance. */
    public void invalidate() {
        origins = null;
    }
}
