package cn.tongpin.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Identities of keys this instance verified a moment ago, so that a busy key (a website's content
 * key) does not cost a database lookup per request. Revoking a key or changing its client evicts it
 * here at once; other instances notice within {@link SecurityConfig#keyCacheTtl()}. An entry also
 * ends when its key expires. Entries are found by the key's SHA-256, never by the key itself; the
 * least used go first when there are too many.
 */
@ApplicationScoped
public class VerifiedKeys {

    static final int MAX_ENTRIES = 10_000;

    record Entry(SecurityIdentity identity, long keyExpiresAtMillis) {
    }

    @Inject
    SecurityConfig config;

    private long ttlMillis;
    private Cache<String, Entry> entries;

    @PostConstruct
    void init() {
        ttlMillis = config.keyCacheTtl().toMillis();
        entries = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfter(new Expiry<String, Entry>() {
            @Override
            public long expireAfterCreate(String hash, Entry entry, long currentTime) {
                long untilKeyExpires = Math.max(0, entry.keyExpiresAtMillis() - System.currentTimeMillis());
                return TimeUnit.MILLISECONDS.toNanos(Math.min(ttlMillis, untilKeyExpires));
            }

            @Override
            public long expireAfterUpdate(String hash, Entry entry, long currentTime, long currentDuration) {
                return expireAfterCreate(hash, entry, currentTime);
            }

            @Override
            public long expireAfterRead(String hash, Entry entry, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
    }

    /** The cached identity of a presented key, or null when it must be checked against the database. */
    public SecurityIdentity find(String presented) {
        if (ttlMillis <= 0 || !ApiKeySecrets.wellFormed(presented)) {
            return null;
        }
        Entry entry = entries.getIfPresent(ApiKeySecrets.hashHex(presented));
        return entry == null ? null : entry.identity();
    }

    public void remember(String presented, SecurityIdentity identity, long keyExpiresAtMillis) {
        if (ttlMillis > 0) {
            entries.put(ApiKeySecrets.hashHex(presented), new Entry(identity, keyExpiresAtMillis));
        }
    }

    public void evictKey(UUID keyId) {
        entries.asMap().values().removeIf(e -> keyId.equals(ApiIdentity.keyId(e.identity())));
    }

    public void evictClient(UUID clientId) {
        entries.asMap().values().removeIf(e -> clientId.equals(ApiIdentity.clientId(e.identity())));
    }
}
