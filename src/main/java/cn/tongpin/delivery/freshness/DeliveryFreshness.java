package cn.tongpin.delivery.freshness;

import cn.tongpin.article.ScheduledChanges;
import cn.tongpin.delivery.DeliveryConfig;
import cn.tongpin.persistence.OwnConnection;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * What follows every committed write, from the API or the article scheduler: this instance forgets
 * its cached answers and the writer waits until every other live instance has heard the write.
 * The fence runs on a connection of its own in auto-commit mode: the write has committed already,
 * and the fence's notice must go out at once, not when some transaction commits.
 */
@ApplicationScoped
public class DeliveryFreshness {

    private static final Logger LOG = Logger.getLogger(DeliveryFreshness.class);

    @Inject
    ContentGeneration generation;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeliveryConfig config;

    public void afterCommittedWrite() {
        generation.bump();
        try {
            if (!OwnConnection.autocommit(dataSource, connection -> WriteFence.await(connection, config.writeFenceTimeout()))) {
                LOG.warnf("Not every delivery instance heard this write within %s; an instance that cannot "
                        + "heartbeat stops serving from its cache", config.writeFenceTimeout());
            }
        } catch (SQLException e) {
            LOG.warn("Could not wait for the delivery instances to hear this write", e);
        }
    }

    /** The scheduler's publications and take-downs are writes too. */
    void afterScheduledChanges(@Observes ScheduledChanges changes) {
        afterCommittedWrite();
    }
}
