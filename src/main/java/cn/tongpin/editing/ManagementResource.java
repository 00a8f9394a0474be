package cn.tongpin.editing;

import cn.tongpin.idempotency.Created;
import cn.tongpin.idempotency.Idempotency;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A management resource whose items are created from JSON: the {@link ItemEndpoints} and a create
 * that an Idempotency-Key makes safe to retry, answering 201 with Location and ETag.
 *
 * @param <S> the service of the type
 * @param <I> the request record
 * @param <V> the answer record
 */
public abstract class ManagementResource<S extends EditingService<?, I, V>, I extends EditableInput, V extends EditedView>
        extends ItemEndpoints<S, I, V> {

    @Inject
    Idempotency idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create {an item}", description = "Send Idempotency-Key to make retries safe.")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    public Response create(I input, @Context UriInfo uri, @HeaderParam(Idempotency.HEADER) String key) {
        String collection = uri.getPath().replaceFirst("/+$", "");
        return idempotency.create(key, uri.getPath(), input, () -> {
            V view = service().create(input);
            return new Created<>(URI.create(collection + "/" + view.id()), view, view.version());
        });
    }
}
