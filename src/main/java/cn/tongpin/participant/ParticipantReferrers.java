package cn.tongpin.participant;

import cn.tongpin.reference.Referable;
import cn.tongpin.reference.Referrer;
import cn.tongpin.reference.Referrers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** A participant's positions point at the organizations they are held in. */
@ApplicationScoped
class ParticipantReferrers implements Referrers {

    @Inject
    EntityManager em;

    @Override
    public List<Referrer> referrersOf(Referable type, UUID id) {
        if (type != Referable.ORGANIZATION) {
            return List.of();
        }
        return List.of(Referrer.found(em, "participant position", "participant positions",
                "select distinct p.name from participant_position pp join participant p on p.id = pp.participant_id"
                        + " where pp.organization_id = ?1 order by p.name", id));
    }

    @Override
    public int order() {
        return 20;
    }
}
