package cn.tongpin.organization;

import cn.tongpin.web.References;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Finds what points at an organization, by table, so this package needs none of the others. */
@ApplicationScoped
class OrganizationReferences {

    @Inject
    EntityManager em;

    List<String> of(UUID id) {
        return List.of(
                References.describe("sub-organization", "sub-organizations",
                        names("select name from organization where parent_id = ?1 order by name", id)),
                References.describe("participant position", "participant positions",
                        names("select distinct p.name from participant_position pp join participant p on p.id = pp.participant_id"
                                + " where pp.organization_id = ?1 order by p.name", id)),
                References.describe("meeting", "meetings",
                        names("select m.title from meeting m where m.host_organization_id = ?1"
                                + " or exists (select 1 from meeting_organization mo where mo.meeting_id = m.id and mo.organization_id = ?1)"
                                + " or exists (select 1 from meeting_attendee ma where ma.meeting_id = m.id and ma.organization_id = ?1)"
                                + " order by m.title", id)),
                References.describe("article", "articles",
                        names("select coalesce(a.title, a.slug) from article a where a.source_organization_id = ?1"
                                + " or exists (select 1 from article_organization ao where ao.article_id = a.id and ao.organization_id = ?1)"
                                + " order by 1", id)));
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String sql, UUID id) {
        return em.createNativeQuery(sql).setParameter(1, id).setMaxResults(50).getResultList();
    }
}
