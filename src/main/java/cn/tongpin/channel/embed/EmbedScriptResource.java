package cn.tongpin.channel.embed;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves the stories widget partners embed with one script tag. The script changes only with a
 * release, so it is cached for an hour and revalidated by its hash; any site may load it.
 */
@Path(EmbedScriptResource.PATH)
@Tag(name = "Embed widget")
@PermitAll
public class EmbedScriptResource {

    public static final String PATH = "/embed/v1/stories.js";
    static final String MEDIA_TYPE = "text/javascript;charset=UTF-8";
    private static final byte[] SCRIPT = load();
    private static final String ETAG = "\"" + HexFormat.of().formatHex(sha256(SCRIPT)).substring(0, 32) + "\"";

    @GET
    @Operation(summary = "The stories widget script",
            description = "Add <script src=\".../embed/v1/stories.js\" data-topic=\"dang-jian\" data-limit=\"5\" data-locale=\"zh-Hans\" data-key=\"…\" async></script> to a page.")
    @APIResponse(responseCode = "200", description = "The script")
    @APIResponse(responseCode = "304", description = "Not modified")
    public Response script(@HeaderParam("If-None-Match") String ifNoneMatch) {
        Response.ResponseBuilder response = ifNoneMatch != null && (ifNoneMatch.contains(ETAG) || ifNoneMatch.trim().equals("*"))
                ? Response.notModified()
                : Response.ok(SCRIPT, MEDIA_TYPE);
        return response.header("ETag", ETAG)
                .header("Cache-Control", "public, max-age=3600, stale-while-revalidate=86400")
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

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
