package cn.tongpin.audit;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.ws.rs.BeanParam;
import cn.tongpin.listing.Sorting;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.SortField;
import cn.tongpin.security.Roles;
import cn.tongpin.web.AdminApi;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(AdminApi.ROOT + "/audit")
@Tag(name = "Audit (management)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private static final Set<String> ACTIONS = Set.of("create", "replace", "update", "delete", "revoke", "rotate", "publish",
            "unpublish", "schedule", "restore", "archive", "other");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    @Inject
    AuditService service;

    @GET
    @Operation(summary = "Read the audit trail of writes", description = "Newest first by default. Filters: clientId, keyId, action, targetType, targetId, since, until. Sort: occurredAt.")
    @APIResponse(responseCode = "200", description = "A page of audit entries")
    public ListResponse<AuditView> list(@BeanParam Paging paging, @BeanParam Sorting.Audit sorting,
            @Parameter(description = "Client id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("clientId") String client,
            @Parameter(description = "Key id", schema = @Schema(type = SchemaType.STRING, format = "uuid")) @QueryParam("keyId") String key,
            @Parameter(description = "create, replace, update, delete, revoke, rotate, publish, unpublish, schedule, restore, archive or other") @QueryParam("action") String action,
            @Parameter(description = "Collection written, e.g. organizations") @QueryParam("targetType") String targetType,
            @Parameter(description = "Id or slug of the item written") @QueryParam("targetId") String targetId,
            @Parameter(description = "From this time on (RFC 3339)", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @Parameter(description = "Before this time (RFC 3339)", schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("until") String until) {
        ListParams params = ListParams.parse(paging, sorting.sort, AuditService.LIST.sortables(), List.of(new SortField("occurredAt", true)));
        if (action != null && !ACTIONS.contains(action)) {
            throw ProblemException.badParameter("action", "must be one of " + ACTIONS.stream().sorted().toList());
        }
        return service.list(params, new AuditService.Criteria(uuid("clientId", client), uuid("keyId", key), action,
                token("targetType", targetType), token("targetId", targetId), QueryParams.time(since, "since"), QueryParams.time(until, "until")));
    }

    /** Target types and ids are path segments: letters, digits, '.', '_' and '-'; nothing else is looked up. */
    private static String token(String name, String text) {
        if (text != null && !TOKEN.matcher(text).matches()) {
            throw ProblemException.badParameter(name, "must be 1 to 100 letters, digits, '.', '_' or '-'");
        }
        return text;
    }

    private static UUID uuid(String name, String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter(name, "must be a UUID");
        }
    }
}
