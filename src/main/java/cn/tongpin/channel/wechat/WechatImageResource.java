package cn.tongpin.channel.wechat;

import cn.tongpin.web.ProblemException;
import cn.tongpin.web.http.ETags;
import cn.tongpin.web.http.HttpCaching;
import cn.tongpin.web.http.HttpCaching.Conditions;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves the WeChat-ready rendition of an image; what it shows never changes for an asset id. A
 * rendition is made on demand and has no date of its own, so it is revalidated by ETag alone.
 */
@Path(WechatImageResource.PATH + "/{assetId}")
@Tag(name = "Channels")
@PermitAll
public class WechatImageResource {

    public static final String PATH = "/content/v1/wechat-images";

    @Inject
    WechatImages images;

    @GET
    @Operation(summary = "An image as WeChat accepts it", description = "A JPEG or PNG under 1 MB, scaled and re-encoded from the asset.")
    @APIResponse(responseCode = "200", description = "The image")
    @APIResponse(responseCode = "404", description = "No such image, or it cannot be made WeChat-ready")
    public Response get(@PathParam("assetId") String assetId, @HeaderParam(HttpCaching.IF_NONE_MATCH) String ifNoneMatch) {
        UUID id;
        try {
            id = UUID.fromString(assetId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("image", assetId);
        }
        WechatImages.Rendition rendition = images.rendition(id).orElseThrow(() -> ProblemException.notFound("image", assetId));
        String etag = ETags.ofSha256(rendition.sha256());
        Response.ResponseBuilder response = HttpCaching.notModified(new Conditions(ifNoneMatch, null), etag, null)
                ? Response.notModified()
                : Response.ok(rendition.image().bytes(), rendition.image().mimeType());
        HttpCaching.validators(etag, null, response::header);
        return response.header("Cache-Control", "public, max-age=31536000, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .build();
    }
}
