package cn.tongpin.client;

import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Sortable;
import cn.tongpin.security.AllowedOrigins;
import cn.tongpin.security.VerifiedKeys;
import cn.tongpin.slug.Slugs;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Validation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The rules of API clients: slugs, origins without duplicates, deletion with their keys. */
@ApplicationScoped
@Transactional
public class ClientService {

    static final ListQuery<ApiClient> LIST = ListQuery.ofEntities(ApiClient.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, c -> c.name));

    @Inject
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    ObjectMapper mapper;

    @Inject
    AllowedOrigins origins;

    @Inject
    VerifiedKeys verified;

    public ListResponse<ClientView> list(ListParams params, ClientKind kind) {
        Filter filter = new Filter();
        if (kind != null) {
            filter.where("e.kind = :kind", "kind", kind);
        }
        return LIST.run(em, params, filter).map(ClientView::of);
    }

    public ClientView get(String idOrSlug) {
        return ClientView.of(find(idOrSlug));
    }

    public ClientView create(ClientInput input) {
        validation.check(input);
        ApiClient client = new ApiClient();
        client.slug = Slugs.choose(input.slug(), input.name(), "client", s -> ApiClient.slugTaken(s, null));
        apply(client, input);
        client.persistAndFlush();
        origins.invalidate();
        return ClientView.of(client);
    }

    public ClientView replace(String idOrSlug, ClientInput input, String ifMatch) {
        ApiClient client = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, client.version, true);
        validation.check(input);
        if (input.slug() != null && !input.slug().equals(client.slug)) {
            client.slug = Slugs.choose(input.slug(), input.name(), "client", s -> ApiClient.slugTaken(s, client.id));
        }
        apply(client, input);
        client.touch();
        em.flush();
        origins.invalidate();
        verified.evictClient(client.id);
        return ClientView.of(client);
    }

    public ClientView patch(String idOrSlug, JsonNode patch, String ifMatch) {
        ApiClient client = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, client.version, true);
        ClientInput current = new ClientInput(client.slug, client.name, client.kind, client.contact,
                List.copyOf(client.allowedOrigins), client.rateLimitPerMinute);
        return replace(client.id.toString(), MergePatch.apply(mapper, current, patch, ClientInput.class), ifMatch);
    }

    /** Deletes the client and with it all its keys, which stop working at once. */
    public void delete(String idOrSlug, String ifMatch) {
        ApiClient client = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, client.version, false);
        ApiKey.delete("client", client);
        client.delete();
        em.flush();
        origins.invalidate();
        verified.evictClient(client.id);
    }

    ApiClient find(String idOrSlug) {
        return ApiClient.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound("client", idOrSlug));
    }

    private static void apply(ApiClient client, ClientInput input) {
        client.name = input.name().strip();
        client.kind = input.kind();
        client.contact = input.contact() == null || input.contact().isBlank() ? null : input.contact().strip();
        client.rateLimitPerMinute = input.rateLimitPerMinute();
        client.allowedOrigins.clear();
        if (input.allowedOrigins() != null) {
            client.allowedOrigins.addAll(new ArrayList<>(new LinkedHashSet<>(input.allowedOrigins())));
        }
    }
}
