package cn.tongpin.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Turns a presented key into an identity. Unknown, revoked, expired and wrongly transported keys all
 * take the same path (one small lookup, one constant-time comparison) and fail with the same exception.
 */
@ApplicationScoped
public class KeyAuthenticator {

    /** Compared against when no key has the presented prefix, so that unknown keys cost the same. */
    private static final String DUMMY_HASH = ApiKeySecrets.hashHex("tp_none_" + "0".repeat(ApiKeySecrets.RANDOM_LENGTH));
    /** Looked up for keys that are not even well-formed: no key has it, and the lookup costs what others do. */
    private static final String NO_PREFIX = "tp_none_00000000";
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Inject
    StoredKeys keys;

    /** An identity and when its key expires (for caches). */
    public record Verified(SecurityIdentity identity, long expiresAtMillis) {
    }

    @Transactional
    public Verified authenticate(String presented, boolean fromQuery) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        StoredKeys.StoredKey key = verify(presented, keys::candidate, ApiKeySecrets::matches)
                .flatMap(id -> keys.forAuthentication(id, now)).orElse(null);
        SecurityIdentity identity = key == null || !key.active() ? null : identity(key);
        if (identity == null || !AccessPolicy.acceptsKey(fromQuery, identity)) {
            throw new AuthenticationFailedException("Invalid key");
        }
        recordUse(key, now);
        return new Verified(identity, key.expiresAt() == null ? Long.MAX_VALUE : key.expiresAt().toInstant().toEpochMilli());
    }

    /**
     * The id of the key whose secret was presented, or empty. Every presented key, well-formed or not,
     * known prefix or not, takes the same steps: one lookup of a small row by prefix and one
     * comparison with a hash (a dummy one when there is no row); the key itself is loaded only after.
     */
    static Optional<UUID> verify(String presented, Function<String, Optional<StoredKeys.Candidate>> lookup,
            BiPredicate<String, String> matches) {
        boolean wellFormed = ApiKeySecrets.wellFormed(presented);
        Optional<StoredKeys.Candidate> candidate = lookup.apply(wellFormed ? ApiKeySecrets.displayPrefix(presented) : NO_PREFIX);
        boolean matched = matches.test(wellFormed ? presented : "", candidate.map(StoredKeys.Candidate::secretHash).orElse(DUMMY_HASH));
        return matched ? candidate.map(StoredKeys.Candidate::id) : Optional.empty();
    }

    /** One write per key and minute at most, so that busy keys do not turn every read into a write. */
    private void recordUse(StoredKeys.StoredKey key, OffsetDateTime now) {
        if (key.lastUsedAt() == null || key.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            keys.recordUse(key.id(), now);
        }
    }

    private static SecurityIdentity identity(StoredKeys.StoredKey key) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.principal()))
                .addRole(key.role())
                .addAttribute(ApiIdentity.CLIENT_ID, key.clientId())
                .addAttribute(ApiIdentity.KEY_ID, key.id())
                .addAttribute(ApiIdentity.ORIGINS, key.origins());
        if (key.rateLimitPerMinute() != null) {
            identity.addAttribute(ApiIdentity.RATE_LIMIT, key.rateLimitPerMinute());
        }
        if (key.organizationIds() != null) {
            identity.addAttribute(EditorScope.ORGANIZATIONS, key.organizationIds());
        }
        return identity.build();
    }
}
