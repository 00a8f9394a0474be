package cn.tongpin.delivery.read;

import cn.tongpin.article.Article;
import cn.tongpin.article.ArticleStatus;
import cn.tongpin.change.ContentType;
import cn.tongpin.meeting.Meeting;
import cn.tongpin.meeting.MeetingStatus;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.topic.Topic;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Items as {@code GET /content/v1/<type>s/{id}} answers each (default fields, no includes, in
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

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /**
     * Many items of one type as the item route answers each, built together (one statement per
     * relation, as for a list page); the ones the delivery API does not show are left out.
     */
    public Map<UUID, JsonNode> find(ContentType type, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ObjectNode> nodes = switch (type) {
            case ARTICLE -> articles.shape(em.createQuery("select e from Article e left join fetch e.sourceOrganization"
                    + " left join fetch e.coverImage left join fetch e.meeting where e.id in :ids and e.status = :published", Article.class)
                    .setParameter("ids", ids).setParameter("published", ArticleStatus.published).getResultList(),
                    Selection.parse(null, null, ArticleContent.SHAPE));
            case MEETING -> meetings.shape(em.createQuery("select e from Meeting e left join fetch e.hostOrganization"
                    + " where e.id in :ids and e.status = :published", Meeting.class)
                    .setParameter("ids", ids).setParameter("published", MeetingStatus.published).getResultList(),
                    Selection.parse(null, null, MeetingContent.SHAPE));
            case ORGANIZATION -> organizations.shape(em.createQuery("select e from Organization e left join fetch e.parent"
                    + " where e.id in :ids", Organization.class).setParameter("ids", ids).getResultList().stream()
                    .map(OrganizationDelivery::of).toList(), Selection.parse(null, null, OrganizationContent.SHAPE));
            case PARTICIPANT -> participants.shape(em.createQuery("select e from Participant e where e.id in :ids", Participant.class)
                    .setParameter("ids", ids).getResultList().stream().map(ParticipantDelivery::of).toList(),
                    Selection.parse(null, null, ParticipantContent.SHAPE));
            case TOPIC -> em.createQuery("select e from Topic e where e.id in :ids", Topic.class).setParameter("ids", ids)
                    .getResultList().stream().map(t -> Selection.parse(null, null, TopicContent.SHAPE)
                            .apply(mapper.valueToTree(TopicDelivery.of(t)), TopicContent.SHAPE)).toList();
        };
        Map<UUID, JsonNode> found = new HashMap<>();
        nodes.forEach(node -> found.put(UUID.fromString(node.get("id").asText()), node));
        return found;
    }
}
