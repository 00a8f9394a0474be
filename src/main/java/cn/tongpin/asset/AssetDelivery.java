package cn.tongpin.asset;

import cn.tongpin.web.ProblemException;
import cn.tongpin.web.ProblemResponses;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves image bytes to every channel: the bytes of an id never change, so they are cached for a
 * year as immutable; Range requests are answered from PostgreSQL without loading the whole image.
 */
@Path(AssetDelivery.PATH + "/{id}")
@Tag(name = "Assets (delivery)")
@PermitAll
public class AssetDelivery {

    public static final String PATH = "/content/v1/assets";
    private static final String CACHE = "public, max-age=31536000, immutable";
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    @Inject
    AssetService service;

    @GET
    @Operation(summary = "Get an image's bytes", description = "Supports a single byte Range, If-None-Match and If-Range.")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "206", description = "The requested byte range")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such image")
    @APIResponse(responseCode = "416", description = "The range lies outside the image")
    public Response get(@PathParam("id") String id, @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(id, range, ifRange, ifNoneMatch, true);
    }

    @HEAD
    @Operation(summary = "Get an image's headers only")
    @APIResponse(responseCode = "200", description = "The image's headers")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such image")
    public Response head(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return serve(id, null, null, ifNoneMatch, false);
    }

    private Response serve(String idText, String range, String ifRange, String ifNoneMatch, boolean withBody) {
        Asset asset = parse(idText).flatMap(service::forDelivery).orElse(null);
        if (asset == null) {
            throw ProblemException.notFound("asset", idText);
        }
        String etag = "\"" + asset.sha256 + "\"";
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return common(Response.notModified(), asset, etag).build();
        }
        long size = asset.byteSize;
        Matcher m = range == null ? null : RANGE.matcher(range.trim());
        boolean useRange = m != null && m.matches() && (m.group(1).length() + m.group(2).length() > 0)
                && (ifRange == null || ifRange.trim().equals(etag));
        if (!useRange) {
            Response.ResponseBuilder ok = common(Response.ok(), asset, etag).header("Content-Length", size);
            return (withBody ? ok.entity(service.bytes(asset.id, 0, size)) : ok).build();
        }
        long from;
        long to;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            from = Math.max(0, size - suffix);
            to = size - 1;
        } else {
            from = Long.parseLong(m.group(1));
            to = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
        }
        if (from >= size || to < from) {
            // A problem like every error: not image/png, and not cached as the image's immutable bytes are.
            return Response.fromResponse(ProblemResponses.response(416, "range_not_satisfiable", "Range not satisfiable",
                    "The range lies outside the image of " + size + " bytes", PATH + "/" + asset.id, null))
                    .header("Content-Range", "bytes */" + size).header("Accept-Ranges", "bytes").build();
        }
        return common(Response.status(206), asset, etag)
                .header("Content-Range", "bytes " + from + "-" + to + "/" + size)
                .header("Content-Length", to - from + 1)
                .entity(service.bytes(asset.id, from, to - from + 1)).build();
    }

    private static Response.ResponseBuilder common(Response.ResponseBuilder response, Asset asset, String etag) {
        return response.type(asset.contentType)
                .header("ETag", etag)
                .header("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(asset.createdAt))
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
