package cn.tongpin.delivery.read;

import cn.tongpin.change.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The reader of each delivered type, in one place: for the resources, for the readers that include
 * each other's items, and for those who hand out items by type ({@link DeliveredItems}).
 */
@ApplicationScoped
class Readers {

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

    Delivery<?, ?> of(ContentType type) {
        return switch (type) {
            case ARTICLE -> articles;
            case MEETING -> meetings;
            case ORGANIZATION -> organizations;
            case PARTICIPANT -> participants;
            case TOPIC -> topics;
        };
    }
}
