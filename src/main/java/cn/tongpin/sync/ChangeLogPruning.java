package cn.tongpin.sync;

import cn.tongpin.persistence.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Drops changes older than the retention. Tokens expire at the retention; rows are kept a day
 * longer, because a row's time is when its transaction began, which may be before the watermark
 * a still-valid token was given at.
 */
@ApplicationScoped
public class ChangeLogPruning {

    static final Duration MARGIN = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(ChangeLogPruning.class);

    @Inject
    EntityManager em;

    @Inject
    SyncConfig config;

    @Scheduled(identity = "content-change-pruning", every = "${tongpin.sync.prune-interval:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @BackgroundWork
    @Transactional
    void prune() {
        long seconds = config.retention().plus(MARGIN).toSeconds();
        int dropped = em.createNativeQuery("delete from content_change where changed_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) seconds).executeUpdate();
        if (dropped > 0) {
            LOG.infof("Pruned %d content changes older than %s", dropped, config.retention());
        }
    }
}
