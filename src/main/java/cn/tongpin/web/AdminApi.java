package cn.tongpin.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** Answers of the management API: the version as ETag, never cached. */
public final class AdminApi {

    public static final String ROOT = "/admin/v1";

    private AdminApi() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(etag(version)).build();
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
