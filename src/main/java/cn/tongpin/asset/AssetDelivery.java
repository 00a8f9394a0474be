package cn.tongpin.asset;

import cn.tongpin.web.ProblemException;
import cn.tongpin.web.ProblemResponses;
import cn.tongpin.web.http.ByteRanges;
import cn.tongpin.web.http.ETags;
import cn.tongpin.web.http.HttpCaching;
import cn.tongpin.web.http.HttpCaching.Conditions;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves image bytes to every channel: the bytes of an id never change, so they are cached for a
 * year as immutable; Range requests are answered from PostgreSQL without loading the whole image.
 * Conditions and ranges follow {@link HttpCaching} and {@link ByteRanges}.
 */
@Path(AssetDelivery.PATH + "/{id}")
@Tag(name = "Assets (delivery)")
@PermitAll
public class AssetDelivery {

    public static final String PATH = "/content/v1/assets";
    private static final String CACHE = "public, max-age=31536000, immutable";

    @Inject
    AssetService service;

    @GET
    @Operation(summary = "Get an image's bytes",
            description = "Supports a single byte Range, If-None-Match, If-Modified-Since and If-Range.")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "206", description = "The requested byte range")
    @APIResponse(responseCode = "404", description = "No such image")
    @APIResponse(responseCode = "416", description = "The range lies outside the image")
    public Response get(@PathParam("id") String id, @HeaderParam(HttpCaching.RANGE) String range,
            @HeaderParam(HttpCaching.IF_RANGE) String ifRange, @HeaderParam(HttpCaching.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpCaching.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return serve(id, range, ifRange, new Conditions(ifNoneMatch, ifModifiedSince), true);
    }

    @HEAD
    @Operation(summary = "Get an image's headers only")
    @APIResponse(responseCode = "200", description = "The image's headers")
    @APIResponse(responseCode = "404", description = "No such image")
    public Response head(@PathParam("id") String id, @HeaderParam(HttpCaching.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpCaching.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return serve(id, null, null, new Conditions(ifNoneMatch, ifModifiedSince), false);
    }

    private Response serve(String idText, String range, String ifRange, Conditions conditions, boolean withBody) {
        Asset asset = parse(idText).flatMap(service::forDelivery).orElse(null);
        if (asset == null) {
            throw ProblemException.notFound("asset", idText);
        }
        String etag = ETags.ofSha256(asset.sha256);
        if (HttpCaching.notModified(conditions, etag, asset.createdAt.toInstant())) {
            return common(Response.notModified(), asset, etag).build();
        }
        long size = asset.byteSize;
        ByteRanges.Selection selection = ByteRanges.select(range, ifRange, etag, size);
        if (selection instanceof ByteRanges.Unsatisfiable refused) {
            // A problem like every error: not image/png, and not cached as the image's immutable bytes are.
            return Response.fromResponse(ProblemResponses.response(416, "range_not_satisfiable", "Range not satisfiable",
                    "The range lies outside the image of " + size + " bytes", PATH + "/" + asset.id, null))
                    .header("Content-Range", refused.contentRange()).header("Accept-Ranges", "bytes").build();
        }
        if (selection instanceof ByteRanges.Part part) {
            return common(Response.status(206), asset, etag)
                    .header("Content-Range", part.contentRange())
                    .header("Content-Length", part.length())
                    .entity(service.bytes(asset.id, part.from(), part.length())).build();
        }
        Response.ResponseBuilder ok = common(Response.ok(), asset, etag).header("Content-Length", size);
        return (withBody ? ok.entity(service.bytes(asset.id, 0, size)) : ok).build();
    }

    private static Response.ResponseBuilder common(Response.ResponseBuilder response, Asset asset, String etag) {
        HttpCaching.validators(etag, asset.createdAt.toInstant(), response::header);
        return response.type(asset.contentType)
                .header("Cache-Control", CACHE)
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Disposition", "inline");
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
