package cn.tongpin.client;

import cn.tongpin.listing.CreationOrder;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.organization.Organization;
import cn.tongpin.persistence.VersionedEntity;
import cn.tongpin.security.ApiKeySecrets;
import cn.tongpin.security.SecurityConfig;
import cn.tongpin.security.VerifiedKeys;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Ref;
import cn.tongpin.web.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Issuing, revoking and rotating keys. A secret exists only in the answer that issued it. */
@ApplicationScoped
@Transactional
public class KeyService {

    static final ListQuery<ApiKey> LIST = CreationOrder.of(ApiKey.class, k -> k.id, k -> k.createdAt);

    @Inject
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    ClientService clients;

    @Inject
    SecurityConfig config;

    @Inject
    VerifiedKeys verified;

    public ListResponse<KeyView> list(String client, ListParams params) {
        ApiClient owner = clients.find(client);
        return LIST.run(em, params, new Filter().where("e.client = :client", "client", owner)).map(k -> view(k, null));
    }

    public KeyView get(String client, UUID keyId) {
        return view(find(client, keyId), null);
    }

    public KeyView issue(String client, KeyInput input) {
        validation.check(input);
        ApiClient owner = clients.find(client);
        OffsetDateTime now = VersionedEntity.now();
        checkFuture("expiresAt", input.expiresAt(), now);
        Set<UUID> organizations = organizations(input.kind(), input.organizations());
        return create(owner, input.kind(), input.name(), organizations, input.expiresAt(), null, now);
    }

    /** Revoking is final and idempotent; the key stays listed with its revocation time. */
    public void revoke(String client, UUID keyId) {
        ApiKey key = find(client, keyId);
        if (key.revokedAt == null) {
            key.revokedAt = VersionedEntity.now();
        }
        verified.evictKey(key.id);
    }

    /** A new key with the same powers; the old one keeps working until revoked or until the given time. */
    public KeyView rotate(String client, UUID keyId, RotateInput input) {
        if (input != null) {
            validation.check(input);
        }
        ApiKey old = find(client, keyId);
        OffsetDateTime now = VersionedEntity.now();
        if (!old.activeAt(now)) {
            throw ProblemException.unprocessable("key_inactive", "Only an active key can be rotated; issue a new key instead", null);
        }
        OffsetDateTime oldExpires = input == null ? null : input.oldKeyExpiresAt();
        OffsetDateTime newExpires = input == null ? null : input.expiresAt();
        checkFuture("oldKeyExpiresAt", oldExpires, now);
        checkFuture("expiresAt", newExpires, now);
        if (oldExpires != null && (old.expiresAt == null || oldExpires.isBefore(old.expiresAt))) {
            old.expiresAt = oldExpires;
            verified.evictKey(old.id);
        }
        String name = input != null && input.name() != null ? input.name() : old.name;
        KeyView created = create(old.client, old.kind, name, new HashSet<>(old.organizationIds), newExpires, old.id, now);
        return created;
    }

    /** Issues a key whose secret is given (the bootstrap key from the environment) or generated. */
    KeyView create(ApiClient owner, KeyKind kind, String name, Set<UUID> organizations, OffsetDateTime expiresAt,
            UUID rotatedFrom, OffsetDateTime now) {
        return store(owner, kind, name, organizations, expiresAt, rotatedFrom, now, null);
    }

    KeyView store(ApiClient owner, KeyKind kind, String name, Set<UUID> organizations, OffsetDateTime expiresAt,
            UUID rotatedFrom, OffsetDateTime now, String givenSecret) {
        String secret = givenSecret;
        while (secret == null || ApiKey.findByDisplayPrefix(ApiKeySecrets.displayPrefix(secret)).isPresent()) {
            if (givenSecret != null) {
                throw new IllegalStateException("The configured key's first characters are taken by another key");
            }
            secret = ApiKeySecrets.generate(config.keyPrefix());
        }
        ApiKey key = new ApiKey();
        key.client = owner;
        key.kind = kind;
        key.name = name == null || name.isBlank() ? null : name.strip();
        key.displayPrefix = ApiKeySecrets.displayPrefix(secret);
        key.secretHash = ApiKeySecrets.hashHex(secret);
        key.organizationIds = new HashSet<>(organizations);
        key.expiresAt = expiresAt;
        key.rotatedFrom = rotatedFrom;
        key.createdAt = now;
        key.persistAndFlush();
        return view(key, secret);
    }

    private ApiKey find(String client, UUID keyId) {
        ApiClient owner = clients.find(client);
        ApiKey key = keyId == null ? null : ApiKey.findById(keyId);
        if (key == null || !key.client.id.equals(owner.id)) {
            throw ProblemException.notFound("key", String.valueOf(keyId));
        }
        return key;
    }

    private Set<UUID> organizations(KeyKind kind, List<String> given) {
        boolean none = given == null || given.isEmpty();
        if (kind == KeyKind.editor && none) {
            throw ProblemException.unprocessable("organizations_required",
                    "An editor key is limited to one or more organizations; name them in 'organizations'",
                    List.of(new FieldError("organizations", "must name at least one organization")));
        }
        if (kind != KeyKind.editor && !none) {
            throw ProblemException.unprocessable("organizations_not_allowed",
                    "Only editor keys are limited to organizations",
                    List.of(new FieldError("organizations", "must be empty for " + kind + " keys")));
        }
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; !none && i < given.size(); i++) {
            String idOrSlug = given.get(i);
            int index = i;
            ids.add(Organization.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.unprocessable(
                    "unknown_reference", "An organization of the key does not exist",
                    List.of(new FieldError("organizations[" + index + "]", "no organization with this id or slug")))).id);
        }
        return ids;
    }

    private KeyView view(ApiKey key, String secret) {
        return KeyView.of(key, refs(key.organizationIds), secret);
    }

    private static List<Ref> refs(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Organization.<Organization>list("id in ?1", ids).stream()
                .map(Organization::ref)
                .sorted(Comparator.comparing(Ref::name))
                .toList();
    }

    private static void checkFuture(String field, OffsetDateTime time, OffsetDateTime now) {
        if (time != null && !time.isAfter(now)) {
            throw ProblemException.unprocessable("in_the_past", "'" + field + "' must be in the future",
                    List.of(new FieldError(field, "must be in the future")));
        }
    }
}
