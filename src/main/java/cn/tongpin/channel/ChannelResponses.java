package cn.tongpin.channel;

import cn.tongpin.web.http.ETags;
import cn.tongpin.web.http.HttpCaching;
import cn.tongpin.web.http.HttpCaching.Conditions;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Conditional answers of the channels: the ETag of the bytes sent, Last-Modified from the content's
 * last change, and 304 when the client has it already (the rules are {@link HttpCaching}'s).
 */
public final class ChannelResponses {

    private ChannelResponses() {
    }

    public static Response.ResponseBuilder answer(Conditions conditions, String body, String mediaType, Instant lastModified,
            String cacheControl) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = ETags.of(bytes);
        Instant modified = lastModified == null ? Instant.EPOCH : lastModified;
        Response.ResponseBuilder response = HttpCaching.notModified(conditions, etag, modified) ? Response.notModified()
                : Response.ok(bytes, mediaType);
        HttpCaching.validators(etag, modified, response::header);
        return response.header("Cache-Control", cacheControl)
                .header("Vary", "Accept-Language");
    }
}
