package cn.tongpin.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A key as presented: the secret and whether it came as {@code ?key=} rather than in a header. */
public class ApiKeyRequest extends BaseAuthenticationRequest {

    private final String secret;
    private final boolean fromQuery;

    public ApiKeyRequest(String secret, boolean fromQuery) {
        this.secret = secret;
        this.fromQuery = fromQuery;
    }

    public String secret() {
        return secret;
    }

    public boolean fromQuery() {
        return fromQuery;
    }

    @Override
    public String toString() {
        // Never the secret: requests end up in debug logs.
        return "ApiKeyRequest[fromQuery=" + fromQuery + "]";
    }
}
