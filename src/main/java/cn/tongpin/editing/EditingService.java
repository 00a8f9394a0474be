package cn.tongpin.editing;

import cn.tongpin.change.ChangeKind;
import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.persistence.BaseEntity;
import cn.tongpin.search.SearchDependents;
import cn.tongpin.slug.Slugs;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The write rules every editable resource shares: validation, slugs that never change by
 * themselves, If-Match on every change, JSON Merge Patch as "read, merge, replace", search text
 * that other rows copy kept current, and hooks for what differs (references, scopes, extra checks).
 *
 * @param <E> the entity
 * @param <I> the request record (POST, PUT and the target of a PATCH)
 * @param <V> the answer record
 */
@Transactional
public abstract class EditingService<E extends BaseEntity, I extends EditableInput, V> {

    @Inject
    protected EntityManager em;

    @Inject
    Validation validation;

    @Inject
    ObjectMapper mapper;

    @Inject
    SearchDependents searchDependents;

    @Inject
    Event<ContentChanged> changes;

    private final Class<E> entityType;
    private final Class<I> inputType;
    private final ContentType contentType;
    private final String typeName;
    private final Supplier<E> factory;

    /**
     * @param contentType what the resource is called in messages, generated slugs and change events
     */
    protected EditingService(Class<E> entityType, Class<I> inputType, ContentType contentType, Supplier<E> factory) {
        this.entityType = entityType;
        this.inputType = inputType;
        this.contentType = contentType;
        this.typeName = contentType.wireName();
        this.factory = factory;
    }

    protected abstract void apply(E entity, I input);

    protected abstract I toInput(E entity);

    protected abstract V view(E entity);

    /** Checks beyond Bean Validation, e.g. that an end is not before a start. */
    protected void checkInput(I input) {
    }

    /** Refuses callers who may not change this item (e.g. outside their organizations). */
    protected void checkCanWrite(E entity) {
    }

    /** Refuses deleting an item that other content still references. */
    protected void checkCanDelete(E entity) {
    }

    /** Runs after a create or replace is flushed, in its transaction (e.g. to update the search index). */
    protected void written(E entity) {
    }

    /** Hides items the caller may not see, as if they did not exist. */
    protected boolean visible(E entity) {
        return true;
    }

    /** Whether the delivery API (/content/v1) shows the item as it is now. */
    protected boolean delivered(E entity) {
        return true;
    }

    /** The organizations a change of the item concerns, for those who follow an organization's content. */
    protected Set<UUID> organizationIds(E entity) {
        return Set.of();
    }

    /** The topics a change of the item concerns. */
    protected Set<UUID> topicIds(E entity) {
        return Set.of();
    }

    public ListResponse<V> list(ListQuery<E> query, ListParams params, Filter filter) {
        return query.run(em, params, filter).map(this::view);
    }

    public V get(String idOrSlug) {
        return view(find(idOrSlug));
    }

    public V create(I input) {
        validation.check(input);
        checkInput(input);
        E entity = factory.get();
        entity.slug = Slugs.choose(input.slug(), input.slugSource(), typeName, s -> slugTaken(s, null));
        apply(entity, input);
        checkCanWrite(entity);
        em.persist(entity);
        em.flush();
        written(entity);
        announce(entity, ChangeKind.CREATED, organizationIds(entity), topicIds(entity));
        return view(entity);
    }

    public V replace(String idOrSlug, I input, String ifMatch) {
        E entity = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, entity.version, true);
        checkCanWrite(entity);
        SearchDependents.Before copied = searchDependents.before(entity);
        boolean deliveredBefore = delivered(entity);
        validation.check(input);
        checkInput(input);
        if (input.slug() != null && !input.slug().equals(entity.slug)) {
            entity.slug = Slugs.choose(input.slug(), input.slugSource(), typeName, s -> slugTaken(s, entity.id));
        }
        apply(entity, input);
        checkCanWrite(entity);
        entity.touch();
        em.flush();
        written(entity);
        // Rows that copy this item's name into their search text are indexed again.
        searchDependents.after(entity, copied);
        announce(entity, ChangeKind.ofWrite(deliveredBefore, delivered(entity)), organizationIds(entity), topicIds(entity));
        return view(entity);
    }

    public V patch(String idOrSlug, JsonNode patch, String ifMatch) {
        E entity = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, entity.version, true);
        I merged = MergePatch.apply(mapper, toInput(entity), patch, inputType);
        return replace(entity.id.toString(), merged, ifMatch);
    }

    public void delete(String idOrSlug, String ifMatch) {
        E entity = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, entity.version, false);
        checkCanWrite(entity);
        checkCanDelete(entity);
        // What the item belonged to is read while it is still there.
        Set<UUID> organizations = organizationIds(entity);
        Set<UUID> topics = topicIds(entity);
        em.remove(entity);
        em.flush();
        announce(entity, ChangeKind.DELETED, organizations, topics);
    }

    /** Tells observers about a flushed write, in its transaction (so the version is the one written). */
    private void announce(E entity, ChangeKind kind, Set<UUID> organizations, Set<UUID> topics) {
        boolean shown = kind != ChangeKind.DELETED && delivered(entity);
        changes.fire(new ContentChanged(contentType, entity.id, entity.slug, kind, entity.version, shown, organizations, topics));
    }

    protected E find(String idOrSlug) {
        return lookup(idOrSlug).filter(this::visible).orElseThrow(() -> ProblemException.notFound(typeName, idOrSlug));
    }

    protected Optional<E> lookup(String idOrSlug) {
        return BaseEntity.byIdOrSlug(entityType, idOrSlug);
    }

    private boolean slugTaken(String slug, UUID except) {
        return em.createQuery("select count(e) from " + entityType.getSimpleName()
                + " e where e.slug = :slug and (:except is null or e.id <> :except)", Long.class)
                .setParameter("slug", slug).setParameter("except", except).getSingleResult() > 0;
    }

    protected static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
