package cn.tongpin.search;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Indexes rows written before search existed, or loaded around the service (bulk SQL), at start-up. */
@ApplicationScoped
public class SearchBackfill {

    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);

    @Inject
    Instance<SearchSource> sources;

    @Inject
    EntityManager em;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        for (SearchSource source : sources) {
            @SuppressWarnings("unchecked")
            List<UUID> missing = em.createNativeQuery("select id from " + source.table() + " where search_vector is null",
                    UUID.class).getResultList();
            for (int i = 0; i < missing.size(); i++) {
                source.index(missing.get(i));
                if (i % 200 == 199) {
                    em.flush();
                    em.clear();
                }
            }
            if (!missing.isEmpty()) {
                LOG.infof("Indexed %d rows of %s for search", missing.size(), source.table());
            }
        }
    }
}
