package cn.tongpin.webhook;

import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sorting;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.Problem;
import cn.tongpin.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook subscriptions and their delivery logs (docs/webhooks.md). Making one is deliberately not
 * idempotent-replayable: a replay would have to keep the secret, and a secret is shown once only.
 */
@Path(AdminApi.ROOT + "/webhooks")
@Tag(name = "Webhooks (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.EDITOR })
public class WebhookResource {

    @Inject
    WebhookService service;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookDispatcher dispatcher;

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions", description = "Editors see those scoped to organizations of their key. Sort: createdAt.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions, without secrets")
    public ListResponse<WebhookView> list(@BeanParam Paging paging, @BeanParam Sorting.Keys sorting) {
        ListParams params = ListParams.parse(paging, sorting.sort, WebhookService.LIST.sortables(), List.of(new SortField("createdAt", false)));
        return service.list(params);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription (never its secret)")
    @APIResponse(responseCode = "200", description = "The subscription; ETag is its version", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") String id) {
        WebhookView view = service.get(id);
        return AdminApi.ok(view, view.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe to events", description = "The answer holds the signing secret, once: store it now, it cannot be shown again."
            + " The URL must resolve to public addresses only.")
    @APIResponse(responseCode = "201", description = "Subscribed; 'secret' signs the deliveries", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, unknown event type, or a URL that is not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown topic or organization, or an editor's subscription without organizations", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(WebhookInput input) {
        WebhookView view = service.create(input);
        return Response.created(URI.create(AdminApi.ROOT + "/webhooks/" + view.id())).entity(view)
                .tag(AdminApi.etag(view.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceWebhook", summary = "Replace a webhook subscription", description = "Needs If-Match with the ETag read before. The secret stays;"
            + " enabling a disabled subscription clears its reason (its dead deliveries can then be redelivered).")
    @APIResponse(responseCode = "200", description = "Replaced", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, unknown event type, or a URL that is not allowed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An unknown topic or organization", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") String id, WebhookInput input, @HeaderParam("If-Match") String ifMatch) {
        WebhookView view = service.replace(id, input, ifMatch);
        return AdminApi.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription", description = "With its delivery log; nothing more is sent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/rotate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret", description = "The new secret is in the answer, once. Until oldSecretExpiresAt"
            + " (a day by default) every delivery carries two signatures, by the new secret and the old one.")
    @APIResponse(responseCode = "200", description = "Rotated; 'secret' is the new one", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotate(@PathParam("id") String id, RotateSecretInput input) {
        WebhookView view = service.rotate(id, input);
        return AdminApi.ok(view, view.version());
    }

    @POST
    @Path("{id}/test")
    @Operation(operationId = "sendWebhookTest", summary = "Send a test event", description = "A webhook.test event goes out at once, signed like every delivery; its"
            + " attempts show in the delivery log.")
    @APIResponse(responseCode = "202", description = "Queued; the delivery", content = @Content(schema = @Schema(implementation = DeliveryView.class)),
            headers = @Header(name = "Location", description = "The delivery in the log", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response test(@PathParam("id") String id) {
        DeliveryView delivery = deliveries.test(id);
        dispatcher.wakeAfterCommit();
        return accepted(id, delivery);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log of a subscription", description = "Newest first; kept for tongpin.webhooks.log-kept-for."
            + " Filter: status. Sort: createdAt.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ListResponse<DeliveryView> deliveries(@PathParam("id") String id, @BeanParam Paging paging, @BeanParam DeliverySorting sorting,
            @Parameter(description = "Only deliveries in this state", schema = @Schema(implementation = DeliveryStatus.class))
            @QueryParam("status") String status) {
        ListParams params = ListParams.parse(paging, sorting.sort, WebhookDeliveries.LIST.sortables(), List.of(new SortField("createdAt", true)));
        return deliveries.list(id, params, QueryParams.enumeration(DeliveryStatus.class, status, "status"));
    }

    @GET
    @Path("{id}/deliveries/{deliveryId}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery with every attempt", description = "Each attempt: when, how long, the status and the first bytes answered.")
    @APIResponse(responseCode = "200", description = "The delivery", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryView delivery(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        return deliveries.get(id, deliveryId);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again", description = "With the same webhook-id, from a fresh retry schedule. A pending one is left as it is.")
    @APIResponse(responseCode = "202", description = "Queued; the delivery", content = @Content(schema = @Schema(implementation = DeliveryView.class)),
            headers = @Header(name = "Location", description = "The delivery in the log", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        DeliveryView delivery = deliveries.redeliver(id, deliveryId);
        dispatcher.wakeAfterCommit();
        return accepted(id, delivery);
    }

    @POST
    @Path("{id}/redeliver")
    @Operation(operationId = "redeliverDeadWebhookDeliveries", summary = "Send every dead delivery again", description = "In their order, each with its own webhook-id; only those written since"
            + " `since` when given. Enable a disabled subscription first.")
    @APIResponse(responseCode = "202", description = "Queued; how many", content = @Content(schema = @Schema(implementation = Redelivered.class)))
    @APIResponse(responseCode = "400", description = "Unknown or malformed parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliverDead(@PathParam("id") String id,
            @Parameter(description = "Only deliveries written since then (RFC 3339)", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("since") String since) {
        int count = deliveries.redeliverDead(id, QueryParams.time(since, "since"));
        dispatcher.wakeAfterCommit();
        return Response.accepted(new Redelivered(count)).build();
    }

    /** How many deliveries were queued again. */
    @Schema(name = "WebhookRedelivered")
    public record Redelivered(int redelivered) {
    }

    private static Response accepted(String id, DeliveryView delivery) {
        return Response.accepted(delivery).location(URI.create(AdminApi.ROOT + "/webhooks/" + id + "/deliveries/" + delivery.id())).build();
    }

}
