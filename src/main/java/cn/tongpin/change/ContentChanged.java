package cn.tongpin.change;

import java.util.Set;
import java.util.UUID;

/**
 * One write of an item of content. Fired synchronously ({@code Event#fire}) inside the write's
 * transaction, after the write has been flushed: observers ({@code @Observes ContentChanged}) run
 * in that transaction, so what they record commits or rolls back with the write (an outbox).
 * Observers must be cheap and must never swallow a failure.
 *
 * @param version         the item's version after the write (for a delete, the last one it had)
 * @param visible         whether /content/v1 delivers the item after this change
 * @param organizationIds the organizations the item belongs to or names (for an organization, itself)
 * @param topicIds        the topics the item is filed under (for a topic, itself)
 */
public record ContentChanged(ContentType type, UUID id, String slug, ChangeKind kind, long version, boolean visible,
        Set<UUID> organizationIds, Set<UUID> topicIds) {

    public ContentChanged {
        organizationIds = Set.copyOf(organizationIds);
        topicIds = Set.copyOf(topicIds);
    }
}
