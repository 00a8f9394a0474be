package cn.tongpin.client;

import cn.tongpin.editing.EditedView;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client as the management API answers it. */
@Schema(name = "Client")
public record ClientView(
        UUID id,
        @Schema(example = "qingyuan-daily-website") String slug,
        @Schema(example = "清远日报网站") String name,
        ClientKind kind,
        @Schema(nullable = true) String contact,
        List<String> allowedOrigins,
        @Schema(nullable = true, description = "Requests per minute; null means the configured default") Integer rateLimitPerMinute,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(example = "1") int version) implements EditedView {

    static ClientView of(ApiClient c) {
        return new ClientView(c.id, c.slug, c.name, c.kind, c.contact, List.copyOf(c.allowedOrigins), c.rateLimitPerMinute,
                c.createdAt, c.updatedAt, c.version);
    }
}
