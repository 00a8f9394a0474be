package cn.tongpin.delivery.read;

import cn.tongpin.change.ContentType;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The reader of each delivered type, in one place: for the resources, for the readers that include
 * each other's items, and for those who hand out items by type ({@link DeliveredItems}). A singleton,
 * not behind a client proxy, so that its fields are read directly (each holds the reader's proxy).
 */
@Singleton
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
