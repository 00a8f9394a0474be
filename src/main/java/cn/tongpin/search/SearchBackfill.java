package cn.tongpin.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Indexes rows written before search existed, or loaded around the service (bulk SQL), at start-up,
 * a batch per transaction so that any number of rows fits in the transaction timeout.
 */
@ApplicationScoped
public class SearchBackfill {

    private static final Logger LOG = Logger.getLogger(SearchBackfill.class);
    private static final int BATCH = 200;

    @Inject
    Instance<SearchSource<?>> sources;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        for (SearchSource<?> source : sources) {
            List<UUID> missing = QuarkusTransaction.requiringNew().call(() -> ids(source));
            for (int from = 0; from < missing.size(); from += BATCH) {
                List<UUID> batch = missing.subList(from, Math.min(from + BATCH, missing.size()));
                QuarkusTransaction.requiringNew().run(() -> source.index(batch));
            }
            if (!missing.isEmpty()) {
                LOG.infof("Indexed %d rows of %s for search", missing.size(), source.table());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(SearchSource<?> source) {
        return List.copyOf(em.createNativeQuery("select id from " + source.table()
                + " where search_vector is null or search_title is null", UUID.class).getResultList());
    }
}
