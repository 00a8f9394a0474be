package cn.tongpin.editing;

import cn.tongpin.change.ChangeKind;
import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.persistence.BaseEntity;
import cn.tongpin.reference.Referable;
import cn.tongpin.reference.ReferableChanged;
import cn.tongpin.reference.References;
import cn.tongpin.search.SearchDependents;
import cn.tongpin.slug.Slugs;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Ref;
import cn.tongpin.web.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one write path of every editable type: validation, slugs that never change by themselves,
 * If-Match on every change, JSON Merge Patch as "read, merge, replace", the caller's scope, deletes
 * refused while other content points at the item ({@link References}), search text that other rows
 * copy kept current, hooks for what differs (checks, revisions, indexing, caches) that run in the
 * write's transaction, and for content one {@link ContentChanged} per write, fired in one place.
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
    protected Validation validation;

    @Inject
    protected ObjectMapper mapper;

    @Inject
    SearchDependents searchDependents;

    @Inject
    References references;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    Event<ReferableChanged> referableChanges;

    private final Class<E> entityType;
    private final Class<I> inputType;
    private final String typeName;
    private final Supplier<E> factory;
    private final Referable referable;
    private final ContentType contentType;
    private final Function<E, V> view;

    /**
     * For content: each write is announced as a {@link ContentChanged} in its transaction.
     *
     * @param contentType what the item is, in messages, generated slugs and change events
     * @param referable what other content calls it when it points at it (deletes are refused while it does),
     *     or null when nothing can
     * @param view the answer made of an item, e.g. {@code ArticleView::of}
     */
    protected EditingService(Class<E> entityType, Class<I> inputType, ContentType contentType, Supplier<E> factory,
            Referable referable, Function<E, V> view) {
        this(entityType, inputType, contentType.wireName(), factory, referable, view, contentType);
    }

    /**
     * For what is not content (images, API clients): the same rules, no change events.
     *
     * @param typeName what the item is called in messages and generated slugs, e.g. "client"
     */
    protected EditingService(Class<E> entityType, Class<I> inputType, String typeName, Supplier<E> factory, Referable referable,
            Function<E, V> view) {
        this(entityType, inputType, typeName, factory, referable, view, null);
    }

    private EditingService(Class<E> entityType, Class<I> inputType, String typeName, Supplier<E> factory, Referable referable,
            Function<E, V> view, ContentType contentType) {
        this.entityType = entityType;
        this.inputType = inputType;
        this.typeName = typeName;
        this.factory = factory;
        this.referable = referable;
        this.contentType = contentType;
        this.view = view;
    }

    protected abstract void apply(E entity, I input);

    protected abstract I toInput(E entity);

    /** The answer for an item, as the constructor was told to make it. */
    protected V view(E entity) {
        return view.apply(entity);
    }

    /** Checks beyond Bean Validation, e.g. that an end is not before a start. */
    protected void checkInput(I input) {
    }

    /** Refuses callers who may not change this item (e.g. outside their organizations). */
    protected void checkCanWrite(E entity) {
    }

    /** Runs before an item is removed, in its transaction (e.g. to remove what belongs to it alone). */
    protected void deleting(E entity) {
    }

    /** Checks the item as the write leaves it, before it is stored (e.g. what a published item must keep). */
    protected void check(E entity) {
    }

    /**
     * Runs after every write but a delete is flushed, in its transaction, so that what it records
     * commits or rolls back with the write (revisions, the search index, caches to forget).
     */
    protected void written(E entity, Write write) {
        written(entity);
    }

    /** {@link #written(BaseEntity, Write)} for the types that do the same after every write. */
    protected void written(E entity) {
    }

    /** Runs after an item is removed and the removal flushed, in its transaction (e.g. to forget it in caches). */
    protected void deleted(E entity) {
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

    /** Hides items the caller may not see, as if they did not exist. */
    protected boolean visible(E entity) {
        return true;
    }

    public ListResponse<V> list(ListQuery<E> query, ListParams params, Filter filter) {
        return query.run(em, params, filter).map(this::view);
    }

    /**
     * A page of the type's list, in the order the caller's {@code sort} names or else in {@code order}, the
     * list's own (written as the caller writes it, e.g. {@code -startsAt}); both are checked against what
     * the list sorts by.
     */
    protected ListResponse<V> list(ListQuery<E> query, String order, Paging paging, String sort, Filter filter) {
        return list(query, ListParams.parse(paging, sort == null ? order : sort, query.sortables(), List.of()), filter);
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
        check(entity);
        em.persist(entity);
        em.flush();
        written(entity, Write.CREATE);
        announce(entity, ChangeKind.CREATED, organizationIds(entity), topicIds(entity));
        return view(entity);
    }

    public V replace(String idOrSlug, I input, String ifMatch) {
        E entity = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, entity.version, true);
        return view(update(entity, input, Write.UPDATE));
    }

    /** JSON Merge Patch as "read, merge, replace": the merged request passes every rule a replace does. */
    public V patch(String idOrSlug, JsonNode patch, String ifMatch) {
        E entity = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, entity.version, true);
        I merged = MergePatch.apply(mapper, toInput(entity), patch, inputType);
        return view(update(entity, merged, Write.UPDATE));
    }

    /** Replaces the content of an item already found and checked against If-Match. */
    protected E update(E entity, I input, Write write) {
        checkCanWrite(entity);
        SearchDependents.Before copied = searchDependents.before(entity);
        boolean deliveredBefore = delivered(entity);
        validation.check(input);
        checkInput(input);
        // The slug is checked before the entity changes, so that the query does not flush a half-made write.
        if (input.slug() != null && !input.slug().equals(entity.slug)) {
            entity.slug = Slugs.choose(input.slug(), input.slugSource(), typeName, s -> slugTaken(s, entity.id));
        }
        apply(entity, input);
        checkCanWrite(entity);
        check(entity);
        entity.touch();
        em.flush();
        written(entity, write);
        // Rows that copy this item's name into their search text are indexed again.
        searchDependents.after(entity, copied);
        announce(entity, ChangeKind.ofWrite(deliveredBefore, delivered(entity)), organizationIds(entity), topicIds(entity));
        return entity;
    }

    /**
     * A write of the item's state rather than its content, e.g. a workflow step: the same lookup,
     * If-Match (checked when sent), scope, hooks and event as every other write.
     */
    public V transition(String idOrSlug, String ifMatch, Write write, Consumer<E> step) {
        E entity = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, entity.version, false);
        checkCanWrite(entity);
        return view(transition(entity, write, step));
    }

    /** A step on an item that no caller named (e.g. the scheduler's), through the same hooks. */
    public E transition(E entity, Write write, Consumer<E> step) {
        boolean deliveredBefore = delivered(entity);
        step.accept(entity);
        entity.touch();
        em.flush();
        written(entity, write);
        announce(entity, ChangeKind.ofWrite(deliveredBefore, delivered(entity)), organizationIds(entity), topicIds(entity));
        return entity;
    }

    public void delete(String idOrSlug, String ifMatch) {
        E entity = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, entity.version, false);
        checkCanWrite(entity);
        if (referable != null) {
            references.requireNone(referable, entity.id);
        }
        deleting(entity);
        // What the item belonged to is read while it is still there.
        Set<UUID> organizations = organizationIds(entity);
        Set<UUID> topics = topicIds(entity);
        em.remove(entity);
        em.flush();
        deleted(entity);
        announce(entity, ChangeKind.DELETED, organizations, topics);
    }

    /**
     * The one place a write of content is announced: after it is flushed (so the event carries the
     * version written) and its hooks have run, in its transaction, so that what observers record
     * commits or rolls back with it. A change of an item others can point at (images too) is announced
     * as a {@link ReferableChanged} after that, for those who show it (nothing points at a new item,
     * nor at a deleted one: a delete is refused while anything does).
     */
    private void announce(E entity, ChangeKind kind, Set<UUID> organizations, Set<UUID> topics) {
        if (contentType != null) {
            boolean shown = kind != ChangeKind.DELETED && delivered(entity);
            changes.fire(new ContentChanged(contentType, entity.id, entity.slug, kind, entity.version, shown, organizations, topics));
        }
        if (referable != null && kind != ChangeKind.CREATED && kind != ChangeKind.DELETED) {
            referableChanges.fire(new ReferableChanged(referable, entity.id));
        }
    }

    /** The item, if the caller may see it; else 404. */
    public E find(String idOrSlug) {
        return lookup(idOrSlug).filter(this::visible).orElseThrow(() -> ProblemException.notFound(typeName, idOrSlug));
    }

    protected Optional<E> lookup(String idOrSlug) {
        return BaseEntity.byIdOrSlug(entityType, idOrSlug);
    }

    /** Whether another item of this type has the slug. */
    protected boolean slugTaken(String slug, UUID except) {
        return BaseEntity.slugTaken(entityType, slug, except);
    }

    /**
     * Items under each of their names, for finding the ones a text names: the query selects id, slug
     * and name, then any other names (null when there is none); the first row to use a name keeps it.
     */
    protected Map<String, Ref> byNames(String query) {
        Map<String, Ref> names = new HashMap<>();
        for (Object[] row : em.createQuery(query, Object[].class).getResultList()) {
            Ref ref = new Ref((UUID) row[0], (String) row[1], (String) row[2]);
            for (int i = 2; i < row.length; i++) {
                if (row[i] != null) {
                    names.putIfAbsent((String) row[i], ref);
                }
            }
        }
        return names;
    }

    protected static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
