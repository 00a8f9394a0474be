package cn.tongpin.sync;

import cn.tongpin.delivery.cache.DeliveryEdge;
import cn.tongpin.delivery.read.ListAnswer;
import cn.tongpin.listing.ListParams;
import cn.tongpin.locale.LocaleNegotiation;
import cn.tongpin.locale.LocaleParam;
import cn.tongpin.locale.Script;
import cn.tongpin.locale.TraditionalChinese;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.http.ETags;
import cn.tongpin.web.http.HttpDates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(DeliveryEdge.ROOT + "/sync")
@Tag(name = "Sync (delivery)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SyncResource {

    @Inject
    SyncService sync;

    @Inject
    ObjectMapper mapper;

    @GET
    @Operation(operationId = "syncContent", summary = "Keep a local copy of everything published",
            description = "Without a token: every published article and meeting and every organization, participant and topic, "
                    + "page by page (follow `nextPageToken`); the last page gives `nextSyncToken`. With `syncToken`: what changed "
                    + "since, as items to add or replace and tombstones to remove, paged the same way, ending with the next "
                    + "`nextSyncToken`. No change is missed, whatever order writes commit in. Items are as the item routes deliver "
                    + "them, in the script asked for with `locale`. A token older than the change log's retention is answered "
                    + "410: sync again from the start. See docs/sync.md.")
    @APIResponse(responseCode = "200", description = "A page of the sync",
            content = @Content(schema = @Schema(implementation = SyncAnswer.class)))
    @APIResponse(responseCode = "400", description = "A token this API did not give out (or changed), both tokens, or a bad limit")
    @APIResponse(responseCode = "410", description = "The token has expired: sync again from the start, without a token")
    public Response sync(@BeanParam SyncParams params, @BeanParam LocaleParam locale,
            @Parameter(hidden = true) @HeaderParam("Accept-Language") String acceptLanguage, @Context UriInfo uri) {
        if (params.syncToken != null && params.pageToken != null) {
            throw ProblemException.badParameter("pageToken", "is not combined with syncToken; pass only the token last given");
        }
        Script script = LocaleNegotiation.resolve(locale.locale, acceptLanguage);
        int limit = ListParams.number(params.limit, "limit", SyncService.DEFAULT_LIMIT, 1, SyncService.MAX_LIMIT);
        SyncAnswer answer = sync.sync(params.syncToken, params.pageToken, limit);
        if (script == Script.HANT) {
            answer.items().forEach(item -> TraditionalChinese.convertTree((JsonNode) item.data()));
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Sync answer could not be written as JSON", e);
        }
        // Each answer depends on the moment it is asked: never kept by caches.
        Response.ResponseBuilder response = Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header("Cache-Control", "no-store")
                .header("ETag", ETags.of(body))
                .header("Last-Modified", HttpDates.format(Instant.now()))
                .header("Content-Language", script.tag()).header("Vary", "Accept-Language");
        if (answer.nextPageToken() != null) {
            response.header("Link", ListAnswer.nextLink(uri, Set.of("syncToken"), "pageToken", answer.nextPageToken()));
        }
        return response.build();
    }
}
