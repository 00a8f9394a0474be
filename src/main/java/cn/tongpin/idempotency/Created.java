package cn.tongpin.idempotency;

import java.net.URI;

/** What a create produced: where it lives, its body and its version (for the ETag). */
public record Created<T>(URI location, T body, long version) {
}
