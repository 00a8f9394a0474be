package cn.tongpin.organization;

import cn.tongpin.search.SearchIndex;
import cn.tongpin.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** What of an organization is searchable: its names (weigh most) and description. */
@ApplicationScoped
public class OrganizationSearch implements SearchSource {

    @Inject
    SearchIndex index;

    @Inject
    EntityManager em;

    @Override
    public String table() {
        return "organization";
    }

    @Override
    public void index(UUID id) {
        index(em.find(Organization.class, id));
    }

    void index(Organization o) {
        index.store("organization", o.id, o.name + " " + (o.shortName == null ? "" : o.shortName), o.description);
    }
}
