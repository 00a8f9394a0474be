package cn.tongpin.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identities of keys this instance verified a moment ago, so that a busy key (a website's content
 * key) does not cost a database lookup per request. Revoking a key or changing its client evicts it
 * here at once; other instances notice within {@link SecurityConfig#keyCacheTtl()}. Entries are
 * found by the key's SHA-256, never by the key itself.
 */
@ApplicationScoped
public class VerifiedKeys {

    private static final int MAX_ENTRIES = 10_000;

    record Entry(SecurityIdentity identity, long verifiedAt, long keyExpiresAtMillis) {
    }

    @Inject
    SecurityConfig config;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The cached identity of a presented key, or null when it must be checked against the database. */
    public SecurityIdentity find(String presented) {
        long ttl = config.keyCacheTtl().toMillis();
        if (ttl <= 0 || !ApiKeySecrets.wellFormed(presented)) {
            return null;
        }
        String hash = ApiKeySecrets.hashHex(presented);
        Entry entry = entries.get(hash);
        long now = System.currentTimeMillis();
        if (entry == null) {
            return null;
        }
        if (now - entry.verifiedAt() > ttl || now >= entry.keyExpiresAtMillis()) {
            entries.remove(hash, entry);
            return null;
        }
        return entry.identity();
    }

    public void remember(String presented, SecurityIdentity identity, long keyExpiresAtMillis) {
        if (config.keyCacheTtl().toMillis() <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(ApiKeySecrets.hashHex(presented), new Entry(identity, System.currentTimeMillis(), keyExpiresAtMillis));
    }

    public void evictKey(UUID keyId) {
        entries.values().removeIf(e -> keyId.equals(ApiIdentity.keyId(e.identity())));
    }

    public void evictClient(UUID clientId) {
        entries.values().removeIf(e -> clientId.equals(ApiIdentity.clientId(e.identity())));
    }
}
