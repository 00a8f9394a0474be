package cn.tongpin.delivery;

import java.time.Instant;

/**
 * A built delivery answer as it is kept and served: the exact bytes, their strong ETag, when this
 * representation first appeared (for Last-Modified) and the generation it was built at.
 *
 * @param link the Link header (rel=next), or null
 */
public record Representation(byte[] body, String etag, Instant since, String contentLanguage, String link,
        long generation) {
}
