package cn.tongpin.client;

import cn.tongpin.editing.EditingService;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sortable;
import cn.tongpin.security.AllowedOrigins;
import cn.tongpin.security.VerifiedKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The rules of API clients: slugs, origins without duplicates, deletion with their keys. */
@ApplicationScoped
@Transactional
public class ClientService extends EditingService<ApiClient, ClientInput, ClientView> {

    static final ListQuery<ApiClient> LIST = ListQuery.ofEntities(ApiClient.class,
            Sortable.of("name", "e.name", Sortable.Type.STRING, c -> c.name));

    @Inject
    AllowedOrigins origins;

    @Inject
    VerifiedKeys verified;

    ClientService() {
        super(ApiClient.class, ClientInput.class, "client", ApiClient::new, null, ClientView::of);
    }

    public ListResponse<ClientView> list(Paging paging, String sort, ClientKind kind) {
        return list(LIST, "name", paging, sort, new Filter().whereGiven("e.kind = :kind", "kind", kind));
    }

    /** Deleting a client deletes all its keys, which stop working at once. */
    @Override
    protected void deleting(ApiClient client) {
        ApiKey.delete("client", client);
    }

    /** Origins and keys are read through caches, which forget the client once the write is flushed. */
    @Override
    protected void written(ApiClient client) {
        origins.invalidate();
        verified.evictClient(client.id);
    }

    @Override
    protected void deleted(ApiClient client) {
        written(client);
    }

    @Override
    protected void apply(ApiClient client, ClientInput input) {
        client.name = input.name().strip();
        client.kind = input.kind();
        client.contact = blankToNull(input.contact());
        client.rateLimitPerMinute = input.rateLimitPerMinute();
        client.allowedOrigins.clear();
        if (input.allowedOrigins() != null) {
            client.allowedOrigins.addAll(new ArrayList<>(new LinkedHashSet<>(input.allowedOrigins())));
        }
    }

    @Override
    protected ClientInput toInput(ApiClient client) {
        return new ClientInput(client.slug, client.name, client.kind, client.contact,
                List.copyOf(client.allowedOrigins), client.rateLimitPerMinute);
    }
}
