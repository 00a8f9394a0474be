package cn.tongpin.webhook;

import cn.tongpin.persistence.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Removes delivered and dead deliveries (with their attempts) older than
 * {@code tongpin.webhooks.log-kept-for}, a thousand at a time so that no statement holds locks for
 * long. Pending ones are never removed: they are still to be sent.
 */
@ApplicationScoped
public class DeliveryLogPruning {

    private static final Logger LOG = Logger.getLogger(DeliveryLogPruning.class);
    private static final int BATCH = 1000;

    @Inject
    EntityManager em;

    @Inject
    WebhookConfig config;

    @Scheduled(identity = "webhook-log-pruning", every = "${tongpin.webhooks.pruning-interval:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "30s")
    @BackgroundWork
    void run() {
        try {
            int removed;
            int total = 0;
            do {
                removed = pruneBatch();
                total += removed;
            } while (removed == BATCH);
            if (total > 0) {
                LOG.infof("Removed %d webhook deliveries older than %s from the delivery log", total, Durations.text(config.logKeptFor()));
            }
        } catch (RuntimeException e) {
            LOG.error("Pruning the webhook delivery log failed; the next run tries again", e);
        }
    }

    @Transactional
    int pruneBatch() {
        return em.createNativeQuery("delete from webhook_delivery where id in (select id from webhook_delivery"
                + " where status in ('delivered', 'dead') and created_at < now() - make_interval(secs => :kept) limit " + BATCH + ")")
                .setParameter("kept", (double) config.logKeptFor().toSeconds()).executeUpdate();
    }
}
