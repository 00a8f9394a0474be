package cn.tongpin.delivery;

import cn.tongpin.delivery.cache.RepresentationCache;
import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while a request is served (statistics are on in
 * tests). Statistics are global and background jobs (the article scheduler) run now and then, so
 * the request is built three times, with the answer cache emptied each time, and the least count
 * is what the request needs.
 */
final class Statements {

    private Statements() {
    }

    static long count(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        RepresentationCache cache = Arc.container().instance(RepresentationCache.class).get();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            cache.clear();
            statistics.clear();
            request.run();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }

    /** Statements for a request as it comes (the cache left as it is), the least of three tries. */
    static long asItComes(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            request.run();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }
}
