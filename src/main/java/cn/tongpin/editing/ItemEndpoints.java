package cn.tongpin.editing;

import cn.tongpin.web.AdminApi;
import cn.tongpin.web.MergePatch;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.All;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The endpoints of an item of the management API, written once: get, replace, merge-patch and delete
 * by id or slug, each answer with the version as ETag. A subclass gives the path, tag and roles, its
 * list, and names as its first type argument the {@link EditingService} that keeps the write rules
 * (the bean of that class serves it); it repeats none of these. Its own words and statuses go in
 * {@link ItemDocs}; it overrides a method only to narrow its roles, without JAX-RS annotations, so that
 * those stay inherited. The resource's roles apply to the endpoints it inherits through
 * {@code security.EndpointRoles}, before the body is read.
 *
 * <p>The OpenAPI document still describes each type exactly: the request and answer schemas come
 * from the type arguments, and {@link ManagementDocument} puts the type's name into the texts below
 * ({@code {item}}, {@code {an item}}), adds the statuses every such operation answers (404 on an
 * item, 412 and 428 with If-Match, 400 for a body, 409 for a body with a slug) and gives a create and a
 * merge patch their exact schemas.
 *
 * @param <S> the service of the type, found by its class
 * @param <I> the request record
 * @param <V> the answer record
 */
public abstract class ItemEndpoints<S extends EditingService<?, I, V>, I extends EditableInput, V extends EditedView> {

    @Inject
    @All
    List<EditingService<?, ?, ?>> services;

    private S service;

    /** The service that keeps the write rules of this resource's type. */
    protected S service() {
        return service;
    }

    @PostConstruct
    void findService() {
        service = ServiceOfResource.find(getClass(), services);
    }

    @GET
    @Path("{idOrSlug}")
    @Operation(summary = "Get {an item} by id or slug")
    @APIResponse(responseCode = "200", description = "The {item}; ETag is its version")
    public RestResponse<V> get(@PathParam("idOrSlug") String idOrSlug) {
        return ok(service().get(idOrSlug));
    }

    @PUT
    @Path("{idOrSlug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace {an item}", description = "Needs If-Match with the ETag read before.")
    @APIResponse(responseCode = "200", description = "Replaced")
    public RestResponse<V> replace(@PathParam("idOrSlug") String idOrSlug, I input, @HeaderParam("If-Match") String ifMatch) {
        return ok(service().replace(idOrSlug, input, ifMatch));
    }

    @PATCH
    @Path("{idOrSlug}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(summary = "Change some fields of {an item} (JSON Merge Patch)", description = "Needs If-Match; null removes a field.")
    @APIResponse(responseCode = "200", description = "Changed")
    public RestResponse<V> patch(@PathParam("idOrSlug") String idOrSlug, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return ok(service().patch(idOrSlug, patch, ifMatch));
    }

    @DELETE
    @Path("{idOrSlug}")
    @Operation(summary = "Delete {an item}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@PathParam("idOrSlug") String idOrSlug, @HeaderParam("If-Match") String ifMatch) {
        service().delete(idOrSlug, ifMatch);
        return RestResponse.noContent();
    }

    protected static <T extends EditedView> RestResponse<T> ok(T view) {
        return RestResponse.ResponseBuilder.ok(view).tag(AdminApi.etag(view.version())).build();
    }
}
