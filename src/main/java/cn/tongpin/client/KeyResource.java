package cn.tongpin.client;

import jakarta.ws.rs.BeanParam;
import cn.tongpin.listing.Sorting;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.SortField;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.Problem;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The keys of a client. Issuing is deliberately not idempotent-replayable: a replay would have to
 * keep the secret, and a secret is shown once only.
 */
@Path(AdminApi.ROOT + "/clients/{client}/keys")
@Tag(name = "Clients (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class KeyResource {

    @Inject
    KeyService service;

    @GET
    @Operation(summary = "List the keys of a client", description = "Revoked and expired keys included. Sort: createdAt.")
    @APIResponse(responseCode = "200", description = "A page of keys, without secrets")
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListResponse<KeyView> list(@PathParam("client") String client, @BeanParam Paging paging, @BeanParam Sorting.Keys sorting) {
        ListParams params = ListParams.parse(paging, sorting.sort, KeyService.LIST.sortables(), List.of(new SortField("createdAt", false)));
        return service.list(client, params);
    }

    @GET
    @Path("{keyId}")
    @Operation(summary = "Get a key (never its secret)")
    @APIResponse(responseCode = "200", description = "The key", content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "404", description = "No such client or key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KeyView get(@PathParam("client") String client, @PathParam("keyId") String keyId) {
        return service.get(client, keyId(keyId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a key", description = "The answer holds the secret, once: store it now, it cannot be shown again.")
    @APIResponse(responseCode = "201", description = "Issued; 'secret' is the key", content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Organizations missing for an editor key, given for another kind, or unknown; expiry in the past", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("client") String client, KeyInput input) {
        KeyView key = service.issue(client, input);
        return created(key);
    }

    @DELETE
    @Path("{keyId}")
    @Operation(summary = "Revoke a key", description = "Final and immediate; the key stays listed with its revocation time. Revoking again changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such client or key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response revoke(@PathParam("client") String client, @PathParam("keyId") String keyId) {
        service.revoke(client, keyId(keyId));
        return Response.noContent().build();
    }

    @POST
    @Path("{keyId}/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate a key", description = "Issues a new key with the same kind and organizations. The old key keeps working until it is revoked or until oldKeyExpiresAt.")
    @APIResponse(responseCode = "201", description = "The new key; 'secret' is shown this once", content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such client or key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The key is revoked or expired, or a time is in the past", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotate(@PathParam("client") String client, @PathParam("keyId") String keyId, RotateInput input) {
        KeyView key = service.rotate(client, keyId(keyId), input);
        return created(key);
    }

    private static Response created(KeyView key) {
        return Response.created(URI.create(AdminApi.ROOT + "/clients/" + key.clientId() + "/keys/" + key.id())).entity(key).build();
    }

    private static UUID keyId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("key", text);
        }
    }
}
