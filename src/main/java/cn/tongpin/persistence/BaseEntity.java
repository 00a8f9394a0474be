package cn.tongpin.persistence;

import cn.tongpin.slug.Slugs;
import cn.tongpin.web.ProblemException;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The item of a type a request field names, or a 422 {@code unknown_reference} naming that field
     * and the type's {@linkplain #itemWord item word}.
     */
    public static <E extends BaseEntity> E require(Class<E> type, String idOrSlug, String field) {
        return byIdOrSlug(type, idOrSlug).orElseThrow(() -> ProblemException.unknownReference(field, itemWord(type)));
    }

    /**
     * The items of a type a request's list field names, in its order (none for a missing list), read
     * by one query however long the list; a 422 names the first that names none, as {@code field[index]}.
     */
    public static <E extends BaseEntity> List<E> requireAll(Class<E> type, List<String> idsOrSlugs, String field) {
        List<E> items = new ArrayList<>();
        if (idsOrSlugs == null || idsOrSlugs.isEmpty()) {
            return items;
        }
        Set<UUID> ids = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        for (String idOrSlug : idsOrSlugs) {
            UUID id = Slugs.asId(idOrSlug);
            if (id != null) {
                ids.add(id);
            } else if (Slugs.isWellFormed(idOrSlug)) {
                slugs.add(idOrSlug);
            }
        }
        Map<String, E> found = new HashMap<>();
        for (E item : named(type, ids, slugs)) {
            found.put(item.id.toString(), item);
            found.put(item.slug, item);
        }
        for (int i = 0; i < idsOrSlugs.size(); i++) {
            UUID id = Slugs.asId(idsOrSlugs.get(i));
            E item = found.get(id != null ? id.toString() : idsOrSlugs.get(i));
            if (item == null) {
                throw ProblemException.unknownReference(field + "[" + i + "]", itemWord(type));
            }
            items.add(item);
        }
        return items;
    }

    private static <E extends BaseEntity> List<E> named(Class<E> type, Set<UUID> ids, Set<String> slugs) {
        if (ids.isEmpty() && slugs.isEmpty()) {
            return List.of();
        }
        String where = ids.isEmpty() ? "e.slug in :slugs" : slugs.isEmpty() ? "e.id in :ids" : "e.id in :ids or e.slug in :slugs";
        TypedQuery<E> query = Panache.getEntityManager(type).createQuery("select e from " + type.getSimpleName() + " e where " + where, type);
        if (!ids.isEmpty()) {
            query.setParameter("ids", ids);
        }
        if (!slugs.isEmpty()) {
            query.setParameter("slugs", slugs);
        }
        return query.getResultList();
    }

    /** What problems call an item of the type: its entity name in lower case ("organization", "asset"). */
    private static String itemWord(Class<? extends BaseEntity> type) {
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** Whether an item of the type other than {@code except} (none when null) has the slug. */
    public static boolean slugTaken(Class<? extends BaseEntity> type, String slug, UUID except) {
        return Panache.getEntityManager(type).createQuery("select count(e) from " + type.getSimpleName()
                + " e where e.slug = :slug and (:except is null or e.id <> :except)", Long.class)
                .setParameter("slug", slug).setParameter("except", except).getSingleResult() > 0;
    }
}
