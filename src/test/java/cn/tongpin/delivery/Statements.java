package cn.tongpin.delivery;

import cn.tongpin.delivery.cache.RepresentationCache;
import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while a request is served (statistics are on in
 * tests). Statistics are global and background jobs (the article scheduler) run now and then, so
 * the request is built five times, with the answer cache emptied each time, and the least count
 * is what the request needs (a job only adds to a count; under a loaded machine's slower requests
 * three tries were sometimes all overlapped by one).
 */
final class Statements {

    private static final int TRIES = 5;

    private Statements() {
    }

    static long count(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        RepresentationCache cache = Arc.container().instance(RepresentationCache.class).get();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            cache.clear();
            statistics.clear();
            request.run();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }

    /** Statements for a request as it comes (the cache left as it is), the least of the tries. */
    static long asItComes(Runnable request) {
        Statistics statistics = Arc.container().instance(SessionFactory.class).get().getStatistics();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            statistics.clear();
            request.run();
            least = Math.min(least, statistics.getPrepareStatementCount());
        }
        return least;
    }
}
