package cn.tongpin.persistence;

import cn.tongpin.slug.Slugs;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.UuidGenerator;

/** What every resource has: a UUID, a slug, creation and change times and a growing version. */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator
    public UUID id;

    @Column(nullable = false, length = 100)
    public String slug;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public Integer version;

    @PrePersist
    void beforeInsert() {
        if (version == null) {
            version = 1;
        }
        OffsetDateTime now = now();
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = now();
    }

    /** An item of a type by id or slug; text that can be neither is answered empty without a query. */
    public static <E extends BaseEntity> Optional<E> byIdOrSlug(Class<E> type, String idOrSlug) {
        EntityManager em = Panache.getEntityManager(type);
        UUID id = Slugs.asId(idOrSlug);
        if (id != null) {
            return Optional.ofNullable(em.find(type, id));
        }
        if (!Slugs.isWellFormed(idOrSlug)) {
            return Optional.empty();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.slug = :slug", type)
                .setParameter("slug", idOrSlug).getResultStream().findFirst();
    }

    /** Marks a change that only touched owned collections, so that the version and time still move. */
    public void touch() {
        updatedAt = now();
    }

    private static OffsetDateTime now() {
        // PostgreSQL keeps microseconds; truncating keeps what we answer equal to what we store.
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
