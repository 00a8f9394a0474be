package cn.tongpin.article;

import cn.tongpin.persistence.BackgroundWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
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

    @Inject
    Event<ScheduledChanges> changes;

    @Scheduled(identity = "article-schedule", every = "${tongpin.articles.scheduler.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "1s")
    @BackgroundWork
    void run() {
        List<UUID> published = new ArrayList<>();
        List<UUID> takenDown = new ArrayList<>();
        try {
            List<UUID> batch;
            do {
                batch = schedule.publishDue();
                batch.forEach(id -> LOG.infof("Published scheduled article %s", id));
                published.addAll(batch);
            } while (!batch.isEmpty());
            do {
                batch = schedule.unpublishDue();
                batch.forEach(id -> LOG.infof("Took down article %s at its unpublishAt", id));
                takenDown.addAll(batch);
            } while (!batch.isEmpty());
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not stop the schedule.
            LOG.error("Article schedule run failed", e);
        }
        if (!published.isEmpty() || !takenDown.isEmpty()) {
            changes.fire(new ScheduledChanges(List.copyOf(published), List.copyOf(takenDown)));
        }
    }
}
