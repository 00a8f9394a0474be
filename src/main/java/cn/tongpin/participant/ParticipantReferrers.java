package cn.tongpin.participant;

import cn.tongpin.reference.Referable;
import cn.tongpin.reference.TableReferrers;
import jakarta.enterprise.context.ApplicationScoped;

/** A participant's positions point at the organizations they are held in. */
@ApplicationScoped
class ParticipantReferrers extends TableReferrers {

    ParticipantReferrers() {
        super("participant position", "participant positions", 20);
    }

    @Override
    protected String query(Referable type) {
        return type != Referable.ORGANIZATION ? null
                : "select distinct p.name from participant_position pp join participant p on p.id = pp.participant_id"
                        + " where pp.organization_id = ?1 order by p.name";
    }
}
