package cn.tongpin.organization;

import cn.tongpin.reference.Referable;
import cn.tongpin.reference.Referrer;
import cn.tongpin.reference.Referrers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** An organization is pointed at by the organizations nested under it. */
@ApplicationScoped
class SubOrganizations implements Referrers {

    @Inject
    EntityManager em;

    @Override
    public List<Referrer> referrersOf(Referable type, UUID id) {
        if (type != Referable.ORGANIZATION) {
            return List.of();
        }
        return List.of(Referrer.found(em, "sub-organization", "sub-organizations",
                "select name from organization where parent_id = ?1 order by name", id));
    }

    @Override
    public int order() {
        return 10;
    }
}
