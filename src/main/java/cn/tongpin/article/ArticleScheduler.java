package cn.tongpin.article;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs {@link ArticleSchedule} every few seconds on every instance. Nothing is kept in memory: the
 * due times are in the database, so a restart (or a crashed instance) misses nothing.
 */
@ApplicationScoped
class ArticleScheduler {

    private static final Logger LOG = Logger.getLogger(ArticleScheduler.class);

    @Inject
    ArticleSchedule schedule;

    @Scheduled(identity = "article-schedule", every = "${tongpin.articles.scheduler.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "1s")
    void run() {
        try {
            List<UUID> published;
            do {
                published = schedule.publishDue();
                published.forEach(id -> LOG.infof("Published scheduled article %s", id));
            } while (!published.isEmpty());
            List<UUID> takenDown;
            do {
                takenDown = schedule.unpublishDue();
                takenDown.forEach(id -> LOG.infof("Took down article %s at its unpublishAt", id));
            } while (!takenDown.isEmpty());
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not stop the schedule.
            LOG.error("Article schedule run failed", e);
        }
    }
}
