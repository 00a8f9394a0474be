package cn.tongpin.client;

import cn.tongpin.persistence.BaseEntity;
import cn.tongpin.persistence.TransactionLock;
import cn.tongpin.persistence.VersionedEntity;
import cn.tongpin.security.ApiKeySecrets;
import cn.tongpin.security.SecurityConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The first admin key. There is no built-in key and no default password: on the first start of a
 * database without keys one admin key is generated and printed once in the log, or the key given in
 * {@code tongpin.security.bootstrap-admin-key} is registered (also later, as long as it is unknown).
 */
@ApplicationScoped
public class BootstrapAdminKey {

    private static final Logger LOG = Logger.getLogger(BootstrapAdminKey.class);
    static final String CLIENT_SLUG_PREFIX = "bootstrap-admin";

    @Inject
    SecurityConfig config;

    @Inject
    KeyService keys;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        ensure(config.bootstrapAdminKey().filter(k -> !k.isBlank()));
    }

    /**
     * Registers the given key, or generates one when the database has no key at all.
     *
     * @return whether a key was created
     */
    @Transactional
    public boolean ensure(Optional<String> configured) {
        // Several instances starting at once on an empty database must create one key, not several.
        TransactionLock.take(em, "tongpin.bootstrap-admin-key");
        if (configured.isPresent()) {
            String key = configured.get().strip();
            if (!ApiKeySecrets.wellFormed(key)) {
                throw new IllegalStateException("tongpin.security.bootstrap-admin-key must look like tp_live_ followed by "
                        + ApiKeySecrets.RANDOM_LENGTH + " or more letters and digits");
            }
            if (ApiKey.findBySecretHash(ApiKeySecrets.hashHex(key)).isPresent()) {
                return false;
            }
            create(key);
            LOG.info("The admin key from tongpin.security.bootstrap-admin-key is registered; revoke it once real admin keys exist");
            return true;
        }
        if (ApiKey.count() > 0) {
            return false;
        }
        String secret = create(null);
        LOG.warnf("%n%n    No API key existed, so one admin key was created. It is shown this once and never again:%n%n"
                + "        %s%n%n    Use it as 'Authorization: Bearer <key>', create the keys you need, then revoke it.%n", secret);
        return true;
    }

    private String create(String secret) {
        OffsetDateTime now = VersionedEntity.now();
        ApiClient client = new ApiClient();
        client.name = "Bootstrap administrator";
        client.kind = ClientKind.internal;
        client.slug = CLIENT_SLUG_PREFIX + "-" + now.toEpochSecond();
        for (int n = 2; BaseEntity.slugTaken(ApiClient.class, client.slug, null); n++) {
            client.slug = CLIENT_SLUG_PREFIX + "-" + now.toEpochSecond() + "-" + n;
        }
        client.persist();
        return keys.store(client, KeyKind.admin, "bootstrap", Set.of(), null, null, now, secret).secret();
    }
}
