package cn.tongpin.participant;

import cn.tongpin.change.ContentType;
import cn.tongpin.reference.Referable;
import cn.tongpin.reference.ReferringContent;
import cn.tongpin.reference.ReferringContent.Link;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A participant's positions point at the organizations they are held in, which the participant shows. */
@Singleton
class ParticipantReferrers {

    @Produces
    @Singleton
    static ReferringContent participants() {
        return ReferringContent.of("participant", ContentType.PARTICIPANT, 20).called("participant position", "participant positions")
                .links(Link.pairs(Referable.ORGANIZATION, "participant_position", "participant_id", "organization_id"));
    }
}
