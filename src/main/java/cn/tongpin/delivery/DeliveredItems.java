package cn.tongpin.delivery;

import cn.tongpin.change.ContentType;
import cn.tongpin.web.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * One item as {@code GET /content/v1/<type>s/{id}} answers it (default fields, no includes, in
 * Simplified script), built by the same code: for those who hand out delivered content outside
 * the item routes (delta sync).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeliveredItems {

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

    /** The item as delivered, or empty when the delivery API does not show it (deleted, not published). */
    public Optional<JsonNode> find(ContentType type, UUID id) {
        String key = id.toString();
        try {
            Built built = switch (type) {
                case ARTICLE -> articles.get(key, Selection.parse(null, null, ArticleContent.SHAPE));
                case MEETING -> meetings.get(key, Selection.parse(null, null, MeetingContent.SHAPE));
                case ORGANIZATION -> organizations.get(key, Selection.parse(null, null, OrganizationContent.SHAPE));
                case PARTICIPANT -> participants.get(key, Selection.parse(null, null, ParticipantContent.SHAPE));
                case TOPIC -> topics.get(key, Selection.parse(null, null, TopicContent.SHAPE));
            };
            return Optional.of(built.body());
        } catch (ProblemException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
