package cn.tongpin.packaged;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scheduled article is published at its time even when the service that was running when it
 * was scheduled has stopped: the schedule lives in the database, not in a timer of one process.
 */
class ArticleScheduleRestartIT {

    private static final String SLUG = "hitech-zone-two-new-party-building";

    @TempDir
    Path dataDir;

    @Test
    void shouldPublishAScheduledArticleAfterARestart() throws Exception {
        Map<String, String> env = Map.of("TONGPIN_ARTICLE_SCHEDULER_INTERVAL", "1s");
        try (PackagedService first = PackagedService.start(dataDir, env)) {
            assertTrue(first.awaitReady(Duration.ofSeconds(90)), "service did not start:\n" + first.logText());
            assertEquals(1, count(first.jdbcUrl(), "select count(*) from article where slug = '" + SLUG + "' and status = 'published'"));
            // Due well after this service has stopped.
            execute(first.jdbcUrl(), "update article set status = 'scheduled', publish_at = now() + interval '25 seconds',"
                    + " version = version + 1 where slug = '" + SLUG + "'");
        }
        Instant stopped = Instant.now();
        try (PackagedService restarted = PackagedService.start(dataDir, env)) {
            assertTrue(restarted.awaitReady(Duration.ofSeconds(90)), "service did not restart:\n" + restarted.logText());
            await("the restarted service to publish " + SLUG).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertEquals(1, count(restarted.jdbcUrl(),
                            "select count(*) from article where slug = '" + SLUG + "' and status = 'published'"), restarted.logText()));
            assertEquals(1, count(restarted.jdbcUrl(), "select count(*) from article_revision r join article a on a.id = r.article_id"
                    + " where a.slug = '" + SLUG + "' and r.reason = 'scheduled_publish' and r.author = 'scheduler'"
                    + " and r.created_at >= a.publish_at and r.created_at > '" + stopped + "'::timestamptz"));
        }
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }
}
