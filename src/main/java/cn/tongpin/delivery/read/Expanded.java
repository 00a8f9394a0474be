package cn.tongpin.delivery.read;

import cn.tongpin.web.Ref;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a relation is in a delivered answer: a reference, or with {@code include} the full item (a
 * full item has the reference's fields too, so these are {@code anyOf}).
 */
final class Expanded {

    private Expanded() {
    }

    @Schema(name = "OrganizationOrRef", anyOf = { Ref.class, OrganizationContent.class })
    static final class Organization {
    }

    @Schema(name = "TopicOrRef", anyOf = { Ref.class, TopicContent.class })
    static final class Topic {
    }

    @Schema(name = "MeetingOrRef", anyOf = { Ref.class, MeetingContent.class })
    static final class Meeting {
    }

    @Schema(name = "ParticipantOrRef", anyOf = { Ref.class, ParticipantContent.class })
    static final class Participant {
    }
}
