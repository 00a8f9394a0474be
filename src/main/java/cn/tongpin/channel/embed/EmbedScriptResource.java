package cn.tongpin.channel.embed;

import cn.tongpin.web.http.ETags;
import cn.tongpin.web.http.HttpCaching;
import cn.tongpin.web.http.HttpCaching.Conditions;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves the stories widget partners embed with one script tag. The script changes only with a
 * release, so it is cached for an hour and revalidated by its hash (or the date it was built);
 * any site may load it.
 */
@Path(EmbedScriptResource.PATH)
@Tag(name = "Embed widget")
@PermitAll
public class EmbedScriptResource {

    public static final String PATH = "/embed/v1/stories.js";
    static final String MEDIA_TYPE = "text/javascript;charset=UTF-8";
    private static final byte[] SCRIPT = load();
    private static final String ETAG = ETags.of(SCRIPT);
    /** When the script in the build was written; null if the class path cannot tell. */
    private static final Instant BUILT = built();

    @GET
    @Operation(summary = "The stories widget script",
            description = "Add <script src=\".../embed/v1/stories.js\" data-topic=\"dang-jian\" data-limit=\"5\" data-locale=\"zh-Hans\" data-key=\"…\" async></script> to a page.")
    @APIResponse(responseCode = "200", description = "The script")
    public Response script(@HeaderParam(HttpCaching.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpCaching.IF_MODIFIED_SINCE) String ifModifiedSince) {
        Response.ResponseBuilder response = HttpCaching.notModified(new Conditions(ifNoneMatch, ifModifiedSince), ETAG, BUILT)
                ? Response.notModified()
                : Response.ok(SCRIPT, MEDIA_TYPE);
        HttpCaching.validators(ETAG, BUILT, response::header);
        return response.header("Cache-Control", "public, max-age=3600, stale-while-revalidate=86400")
                .header("Access-Control-Allow-Origin", "*")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static byte[] load() {
        try (InputStream in = EmbedScriptResource.class.getResourceAsStream("/embed/stories.js")) {
            if (in == null) {
                throw new IllegalStateException("embed/stories.js is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant built() {
        URL resource = EmbedScriptResource.class.getResource("/embed/stories.js");
        try {
            long millis = resource == null ? 0 : resource.openConnection().getLastModified();
            return millis > 0 ? Instant.ofEpochMilli(millis) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
