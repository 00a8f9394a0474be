package cn.tongpin.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * One item as the delivery API answers {@code GET /content/v1/{type}/{idOrSlug}} with no
 * parameters, for those outside the API that hand it on (webhooks that ask for the representation).
 */
@ApplicationScoped
@Unremovable
public class DeliveredItem {

    @Inject
    ArticleDelivery articles;

    @Inject
    MeetingDelivery meetings;

    @Inject
    OrganizationDelivery organizations;

    @Inject
    ParticipantDelivery participants;

    @Inject
    TopicDelivery topics;

    /**
     * @param type "article", "meeting", "organization", "participant" or "topic"
     * @return the item, or empty when the delivery API does not deliver it (unpublished, deleted)
     */
    @Transactional
    public Optional<JsonNode> of(String type, String id) {
        try {
            Built built = switch (type) {
                case "article" -> articles.get(id, Selection.parse(null, null, ArticleContent.SHAPE));
                case "meeting" -> meetings.get(id, Selection.parse(null, null, MeetingContent.SHAPE));
                case "organization" -> organizations.get(id, Selection.parse(null, null, OrganizationContent.SHAPE));
                case "participant" -> participants.get(id, Selection.parse(null, null, ParticipantContent.SHAPE));
                case "topic" -> topics.get(id, Selection.parse(null, null, TopicContent.SHAPE));
                default -> null;
            };
            return built == null ? Optional.empty() : Optional.ofNullable(built.body());
        } catch (cn.tongpin.web.ProblemException notDelivered) {
            return Optional.empty();
        }
    }
}
