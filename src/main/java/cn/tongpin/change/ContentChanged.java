package cn.tongpin.change;

import java.util.Set;
import java.util.UUID;

/** Fired synchronously (jakarta.enterprise.event.Event#fire) INSIDE the write's transaction, after the write. */
public record ContentChanged(ContentType type, UUID id, String slug, ChangeKind kind, long version,
        boolean visible,
        Set<UUID> organizationIds, Set<UUID> topicIds) {
}
