package cn.tongpin.security;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The cache of verified keys, without the application: found by the key, gone when it should be. */
class VerifiedKeysTest {

    private static VerifiedKeys keys(Duration ttl) {
        VerifiedKeys keys = new VerifiedKeys();
        keys.config = new SecurityConfig() {
            @Override
            public String keyPrefix() {
                return "tp_test_";
            }

            @Override
            public Optional<String> bootstrapAdminKey() {
                return Optional.empty();
            }

            @Override
            public Duration keyCacheTtl() {
                return ttl;
            }

            @Override
            public Delivery delivery() {
                return new Delivery() {
                    @Override
                    public boolean requireKey() {
                        return true;
                    }

                    @Override
                    public List<String> openPaths() {
                        return List.of();
                    }
                };
            }
        };
        keys.init();
        return keys;
    }

    private static SecurityIdentity identity(UUID client, UUID key) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("c:" + key)).addRole(Roles.CONTENT)
                .addAttribute(ApiIdentity.CLIENT_ID, client).addAttribute(ApiIdentity.KEY_ID, key).build();
    }

    @Test
    void shouldFindAVerifiedKeyUntilItIsEvicted() {
        VerifiedKeys keys = keys(Duration.ofMinutes(1));
        String secret = ApiKeySecrets.generate("tp_test_");
        UUID client = UUID.randomUUID();
        UUID key = UUID.randomUUID();
        SecurityIdentity identity = identity(client, key);
        keys.remember(secret, identity, Long.MAX_VALUE);
        assertSame(identity, keys.find(secret));
        assertNull(keys.find(ApiKeySecrets.generate("tp_test_")), "another key");
        keys.evictKey(UUID.randomUUID());
        assertSame(identity, keys.find(secret), "another key's eviction");
        keys.evictKey(key);
        assertNull(keys.find(secret), "revoked or rotated");
        keys.remember(secret, identity, Long.MAX_VALUE);
        keys.evictClient(client);
        assertNull(keys.find(secret), "its client changed");
    }

    @Test
    void shouldForgetAKeyThatExpired() {
        VerifiedKeys keys = keys(Duration.ofMinutes(1));
        String secret = ApiKeySecrets.generate("tp_test_");
        keys.remember(secret, identity(UUID.randomUUID(), UUID.randomUUID()), System.currentTimeMillis() - 1);
        assertNull(keys.find(secret));
    }

    @Test
    void shouldKeepNothingWhenTheCacheIsOff() {
        VerifiedKeys keys = keys(Duration.ZERO);
        String secret = ApiKeySecrets.generate("tp_test_");
        keys.remember(secret, identity(UUID.randomUUID(), UUID.randomUUID()), Long.MAX_VALUE);
        assertNull(keys.find(secret));
        assertNull(keys.find("not a key"));
    }
}
