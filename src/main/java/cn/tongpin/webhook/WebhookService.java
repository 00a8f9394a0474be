package cn.tongpin.webhook;

import static cn.tongpin.persistence.BaseEntity.requireAll;

import cn.tongpin.listing.CreationOrder;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.organization.Organization;
import cn.tongpin.persistence.VersionedEntity;
import cn.tongpin.security.EditorScope;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Ref;
import cn.tongpin.web.Validation;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook subscriptions: made, changed, rotated and removed by admins, and by editors for their own
 * organizations (a subscription an editor may see is scoped to organizations of its key, all of
 * them; others are not found). The secret exists in plain text only in the answer that made it.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final ListQuery<WebhookSubscription> LIST = CreationOrder.of(WebhookSubscription.class, s -> s.id, s -> s.createdAt);

    @Inject
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    EditorScope scope;

    @Inject
    TargetGuard guard;

    @Inject
    SecretBox secrets;

    @Inject
    WebhookConfig config;

    public ListResponse<WebhookView> list(ListParams params) {
        Filter filter = new Filter();
        Optional<Set<UUID>> editor = scope.restriction();
        if (editor.isPresent()) {
            filter.where("e.id in :visible", "visible", visibleTo(editor.get()));
        }
        return LIST.run(em, params, filter).map(s -> view(s, null));
    }

    public WebhookView get(String id) {
        return view(find(id), null);
    }

    public WebhookView create(WebhookInput input) {
        WebhookSubscription s = new WebhookSubscription();
        apply(s, check(input));
        String secret = WebhookSigner.newSecret();
        s.secretCipher = secrets.seal(secret);
        s.persistAndFlush();
        return view(s, secret);
    }

    public WebhookView replace(String id, WebhookInput input, String ifMatch) {
        WebhookSubscription s = find(id);
        Preconditions.checkIfMatch(ifMatch, s.version, true);
        boolean wasEnabled = s.enabled;
        apply(s, check(input));
        if (s.enabled && !wasEnabled) {
            s.disabledReason = null;
            s.disabledAt = null;
            s.failingSince = null;
        } else if (!s.enabled && wasEnabled) {
            s.disabledReason = "Disabled by a caller";
            s.disabledAt = VersionedEntity.now();
        }
        em.flush();
        return view(s, null);
    }

    public void delete(String id, String ifMatch) {
        WebhookSubscription s = find(id);
        Preconditions.checkIfMatch(ifMatch, s.version, false);
        s.delete();
    }

    /** A new secret; the old one keeps signing (a second signature) until the given time or a day. */
    public WebhookView rotate(String id, RotateSecretInput input) {
        if (input != null) {
            validation.check(input);
        }
        WebhookSubscription s = find(id);
        OffsetDateTime until = input != null && input.oldSecretExpiresAt() != null ? input.oldSecretExpiresAt()
                : VersionedEntity.now().plus(config.secretOverlap());
        String secret = WebhookSigner.newSecret();
        s.previousSecretCipher = s.secretCipher;
        s.previousSecretExpiresAt = until;
        s.secretCipher = secrets.seal(secret);
        em.flush();
        return view(s, secret);
    }

    /** The subscription, when the caller may see it; 404 otherwise (an editor does not learn of others). */
    WebhookSubscription find(String id) {
        UUID uuid = uuid(id);
        WebhookSubscription s = uuid == null ? null : WebhookSubscription.<WebhookSubscription>findById(uuid);
        if (s == null || !visible(s)) {
            throw ProblemException.notFound("webhook", id);
        }
        return s;
    }

    private boolean visible(WebhookSubscription s) {
        Optional<Set<UUID>> editor = scope.restriction();
        return editor.isEmpty() || (s.organizationIds.length > 0 && editor.get().containsAll(s.organizations()));
    }

    @SuppressWarnings("unchecked")
    private List<UUID> visibleTo(Set<UUID> organizations) {
        List<UUID> ids = em.createNativeQuery("select id from webhook_subscription where cardinality(organization_ids) > 0"
                + " and organization_ids <@ cast(:allowed as uuid[])", UUID.class)
                .setParameter("allowed", WebhookOutbox.array(organizations)).getResultList();
        return ids.isEmpty() ? List.of(new UUID(0, 0)) : ids;
    }

    /** Everything about the input that a bean constraint cannot say: the URL's target, the event types, the scope. */
    private Checked check(WebhookInput input) {
        validation.check(input);
        List<FieldError> errors = new ArrayList<>();
        try {
            guard.resolve(TargetGuard.parse(input.url().strip()));
        } catch (TargetGuard.Refused e) {
            errors.add(new FieldError("url", e.getMessage()));
        }
        for (int i = 0; i < input.eventTypes().size(); i++) {
            if (!EventTypes.known(input.eventTypes().get(i))) {
                errors.add(new FieldError("eventTypes[" + i + "]", "must be one of " + EventTypes.ALL));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Set<UUID> topics = new LinkedHashSet<>();
        requireAll(Topic.class, input.topics(), "topics").forEach(t -> topics.add(t.id));
        Set<UUID> organizations = new LinkedHashSet<>();
        requireAll(Organization.class, input.organizations(), "organizations").forEach(o -> organizations.add(o.id));
        Optional<Set<UUID>> editor = scope.restriction();
        if (editor.isPresent()) {
            if (organizations.isEmpty()) {
                throw ProblemException.unprocessable("organizations_required",
                        "An editor's webhook is limited to organizations of its key; name them in 'organizations'",
                        List.of(new FieldError("organizations", "must name at least one organization")));
            }
            if (!editor.get().containsAll(organizations)) {
                throw new ForbiddenException("Outside the organizations of this key");
            }
        }
        return new Checked(input, new LinkedHashSet<>(input.eventTypes()), topics, organizations);
    }

    private static void apply(WebhookSubscription s, Checked checked) {
        WebhookInput input = checked.input();
        s.url = input.url().strip();
        s.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        s.eventTypes = checked.eventTypes().toArray(String[]::new);
        s.topicIds = checked.topics().toArray(UUID[]::new);
        s.organizationIds = checked.organizations().toArray(UUID[]::new);
        s.includeRepresentation = Boolean.TRUE.equals(input.includeRepresentation());
        s.enabled = input.enabled() == null || input.enabled();
    }

    WebhookView view(WebhookSubscription s, String secret) {
        List<Ref> topics = s.topicIds.length == 0 ? List.of() : Topic.<Topic>list("id in ?1", List.of(s.topicIds)).stream()
                .map(Topic::ref).sorted(Comparator.comparing(Ref::name)).toList();
        List<Ref> organizations = s.organizationIds.length == 0 ? List.of()
                : Organization.<Organization>list("id in ?1", List.of(s.organizationIds)).stream()
                        .map(Organization::ref).sorted(Comparator.comparing(Ref::name)).toList();
        return WebhookView.of(s, topics, organizations, secret);
    }

    static UUID uuid(String text) {
        try {
            return text == null || text.length() != 36 ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Checked(WebhookInput input, Set<String> eventTypes, Set<UUID> topics, Set<UUID> organizations) {
    }
}
