package cn.tongpin.security;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Where the keys are, as little as authenticating them (and answering CORS preflights) needs. The
 * client package, which issues and revokes keys, implements it: authentication reads keys but knows
 * nothing of how clients are managed.
 */
public interface StoredKeys {

    /** What a presented key may be, as little as checking it needs: its id and stored hash. */
    record Candidate(UUID id, String secretHash) {
    }

    /**
     * A key whose secret was verified, with everything its identity is made of: {@code role} is one
     * of {@link Roles}, {@code organizationIds} the organizations an editor key is limited to (null
     * for other keys).
     */
    record StoredKey(UUID id, UUID clientId, String principal, String role, boolean active, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, Set<String> origins, Integer rateLimitPerMinute, Set<UUID> organizationIds) {
    }

    /** One small row or none, whether or not a key has the prefix, so that both cost the same to look up. */
    Optional<Candidate> candidate(String displayPrefix);

    /** The key, with whether it is active at {@code now} (not revoked, not expired). */
    Optional<StoredKey> forAuthentication(UUID id, OffsetDateTime now);

    void recordUse(UUID id, OffsetDateTime now);

    /** Every origin some client allows, for CORS preflights (which carry no key). */
    Set<String> allowedOrigins();
}
