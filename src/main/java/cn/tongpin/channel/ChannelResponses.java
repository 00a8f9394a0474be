package cn.tongpin.channel;

import cn.tongpin.web.http.ETags;
import cn.tongpin.web.http.HttpCaching;
import cn.tongpin.web.http.HttpCaching.Conditions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Conditional answers of the channels: the ETag of the bytes sent, Last-Modified from the content's
 * last change, the channels' Cache-Control, and 304 when the client has it already (the rules are
 * {@link HttpCaching}'s). An answer in a script names it in Content-Language; JSON is written here.
 */
@ApplicationScoped
public class ChannelResponses {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @Inject
    ChannelConfig config;

    @Inject
    ObjectMapper json;

    public Response.ResponseBuilder answer(Conditions conditions, String body, String mediaType, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = ETags.of(bytes);
        Instant modified = lastModified == null ? Instant.EPOCH : lastModified;
        Response.ResponseBuilder response = HttpCaching.notModified(conditions, etag, modified) ? Response.notModified()
                : Response.ok(bytes, mediaType);
        HttpCaching.validators(etag, modified, response::header);
        return response.header("Cache-Control", config.cacheControl())
                .header("Vary", "Accept-Language");
    }

    /** The answer of a text in a script. */
    public Response.ResponseBuilder answer(Conditions conditions, String body, String mediaType, Instant lastModified,
            ChannelLocale script) {
        return answer(conditions, body, mediaType, lastModified).header("Content-Language", script.tag());
    }

    /** The answer of a body written as JSON, in a script. */
    public Response.ResponseBuilder json(Conditions conditions, Object body, Instant lastModified, ChannelLocale script) {
        return answer(conditions, write(body), JSON, lastModified, script);
    }

    /** A body as JSON text. */
    public String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
