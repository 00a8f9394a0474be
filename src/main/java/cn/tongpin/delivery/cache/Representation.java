package cn.tongpin.delivery.cache;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;

/**
 * A built delivery answer as it is kept and served: the exact bytes, their strong ETag, when this
 * representation first appeared (for Last-Modified) and the generation it was built at.
 *
 * @param buffer the body once more, as the buffer every cached answer shares (Vert.x writes a slice of it)
 * @param link the Link header (rel=next), or null
 */
public record Representation(byte[] body, Buffer buffer, String etag, Instant since, String contentLanguage, String link,
        long generation) {
}
