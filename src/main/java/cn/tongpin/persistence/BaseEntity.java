package cn.tongpin.persistence;

import cn.tongpin.slug.Slugs;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import java.util.Optional;
import java.util.UUID;

/** What every resource has beyond a {@link VersionedEntity}: a slug, by which it can be found as well as by id. */
@MappedSuperclass
public abstract class BaseEntity extends VersionedEntity {

    public String slug;

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

    /** Whether an item of the type other than {@code except} (none when null) has the slug. */
    public static boolean slugTaken(Class<? extends BaseEntity> type, String slug, UUID except) {
        return Panache.getEntityManager(type).createQuery("select count(e) from " + type.getSimpleName()
                + " e where e.slug = :slug and (:except is null or e.id <> :except)", Long.class)
                .setParameter("slug", slug).setParameter("except", except).getSingleResult() > 0;
    }
}
