package cn.tongpin.client;

import cn.tongpin.security.StoredKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The keys of {@link ApiKey}, as authentication reads them. */
@ApplicationScoped
public class ApiKeyStore implements StoredKeys {

    @Override
    public Optional<Candidate> candidate(String displayPrefix) {
        return ApiKey.find("select k.id, k.secretHash from ApiKey k where k.displayPrefix = ?1", displayPrefix)
                .project(Candidate.class).firstResultOptional();
    }

    @Override
    public Optional<StoredKey> forAuthentication(UUID id, OffsetDateTime now) {
        return ApiKey.findForAuthentication(id).map(key -> new StoredKey(key.id, key.client.id, principal(key),
                key.kind.role(), key.activeAt(now), key.expiresAt, key.lastUsedAt, Set.copyOf(key.client.allowedOrigins),
                key.client.rateLimitPerMinute, key.kind == KeyKind.editor ? Set.copyOf(key.organizationIds) : null));
    }

    @Override
    public void recordUse(UUID id, OffsetDateTime now) {
        ApiKey.update("lastUsedAt = ?1 where id = ?2", now, id);
    }

    @Override
    public Set<String> allowedOrigins() {
        return Set.copyOf(ApiClient.find("select distinct o from ApiClient c join c.allowedOrigins o").project(String.class).list());
    }

    /**
     * The name revisions and logs show for a key: its client's slug and the key's public prefix, e.g.
     * {@code qingyuan-daily-website:tp_live_Ab3dE9xQ}. Readable, unique per key, and never secret.
     */
    static String principal(ApiKey key) {
        return key.client.slug + ":" + key.displayPrefix;
    }
}
