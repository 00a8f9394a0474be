package cn.tongpin.client;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** One key of a client. The secret itself is never stored: only its SHA-256 and its first characters. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public ApiClient client;

    @Enumerated(EnumType.STRING)
    public KeyKind kind;

    public String name;

    public String displayPrefix;

    public String secretHash;

    public UUID rotatedFrom;

    /** Editor keys: the organizations whose content the key may write. */
    @ElementCollection
    @CollectionTable(name = "api_key_organization", joinColumns = @JoinColumn(name = "key_id"))
    @Column(name = "organization_id")
    public Set<UUID> organizationIds = new HashSet<>();

    public OffsetDateTime createdAt;

    public OffsetDateTime expiresAt;

    public OffsetDateTime revokedAt;

    public OffsetDateTime lastUsedAt;

    public boolean activeAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public static Optional<ApiKey> findByDisplayPrefix(String displayPrefix) {
        return find("displayPrefix", displayPrefix).firstResultOptional();
    }

    /** A key whose secret was verified, with everything its identity is made of (client, origins, organizations) in one query. */
    public static Optional<ApiKey> findForAuthentication(UUID id) {
        return find("select distinct k from ApiKey k join fetch k.client c left join fetch c.allowedOrigins"
                + " left join fetch k.organizationIds where k.id = ?1", id).singleResultOptional();
    }

    public static Optional<ApiKey> findBySecretHash(String secretHash) {
        return find("secretHash", secretHash).firstResultOptional();
    }
}
