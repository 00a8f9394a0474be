package cn.tongpin.article;

import static cn.tongpin.article.Articles.BASE;
import static cn.tongpin.article.Articles.MERGE_PATCH;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.tongpin.support.TestClock;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleSchedulerTest {

    @Inject
    ArticleSchedule schedule;

    @Inject
    Scheduler scheduler;

    static String soon(int seconds) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(seconds).toString();
    }

    static String waitForStatus(String id, String status, Duration timeout) {
        return await("article " + id + " to be " + status).atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get(BASE + "/" + id).then().statusCode(200).extract().<String>path("status"), equalTo(status));
    }

    static List<String> reasons(String id) {
        return given().get(BASE + "/" + id + "/revisions").then().statusCode(200).extract().path("data.reason");
    }

    @Test
    void shouldPublishAScheduledArticleAtItsTimeWithoutAnyoneCalling() throws Exception {
        String id = Articles.createId(Articles.complete("定时发布"));
        given().contentType(ContentType.JSON).body(Map.of("publishAt", soon(2))).post(BASE + "/" + id + "/schedule")
                .then().statusCode(200);
        assertEquals("scheduled", given().get(BASE + "/" + id).then().extract().path("status"));
        assertEquals("published", waitForStatus(id, "published", Duration.ofSeconds(20)));
        List<String> reasons = reasons(id);
        assertEquals(1, reasons.stream().filter("scheduled_publish"::equals).count(), reasons.toString());
        String author = given().get(BASE + "/" + id + "/revisions").then().extract().path("data[0].author");
        assertEquals("scheduler", author);
    }

    @Test
    void shouldTakeAnArticleDownAtItsUnpublishTime() throws Exception {
        String id = Articles.createId(Articles.complete("定时下线"));
        given().contentType(MERGE_PATCH).header("If-Match", "\"1\"").body(Map.of("unpublishAt", soon(3)))
                .patch(BASE + "/" + id).then().statusCode(200);
        given().post(BASE + "/" + id + "/publish").then().statusCode(200);
        assertEquals("archived", waitForStatus(id, "archived", Duration.ofSeconds(20)));
        List<String> reasons = reasons(id);
        assertEquals(1, reasons.stream().filter("scheduled_unpublish"::equals).count(), reasons.toString());
    }

    @Test
    void shouldPublishEachDueArticleExactlyOnceWhenTwoSchedulersRace() throws Exception {
        scheduler.pause("article-schedule");
        try {
            List<String> ids = new ArrayList<>();
            Instant due = null;
            for (int i = 0; i < 12; i++) {
                String id = Articles.createId(Articles.complete("竞争" + i));
                due = Instant.now().plusSeconds(2);
                given().contentType(ContentType.JSON).body(Map.of("publishAt", due.toString())).post(BASE + "/" + id + "/schedule")
                        .then().statusCode(200);
                ids.add(id);
            }
            // Nothing publishes while the scheduler is paused, not even once the last is due and a
            // scheduler period (1 s in the test profile) has gone by, until both racers run.
            TestClock.awaitPast(due.plusSeconds(1));
            assertEquals("scheduled", given().get(BASE + "/" + ids.get(0)).then().extract().path("status"));

            CyclicBarrier start = new CyclicBarrier(2);
            Callable<List<UUID>> racer = () -> {
                start.await();
                List<UUID> all = new ArrayList<>();
                List<UUID> batch;
                do {
                    batch = schedule.publishDue();
                    all.addAll(batch);
                } while (!batch.isEmpty());
                return all;
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<List<UUID>> a = pool.submit(racer);
                Future<List<UUID>> b = pool.submit(racer);
                List<UUID> byA = a.get();
                List<UUID> byB = b.get();
                Set<UUID> overlap = new HashSet<>(byA);
                overlap.retainAll(byB);
                assertTrue(overlap.isEmpty(), "published twice: " + overlap);
                Set<String> published = new HashSet<>();
                byA.forEach(id -> published.add(id.toString()));
                byB.forEach(id -> published.add(id.toString()));
                assertTrue(published.containsAll(ids), "not all published: " + ids + " vs " + published);
            } finally {
                pool.shutdownNow();
            }
            for (String id : ids) {
                given().get(BASE + "/" + id).then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("published"));
                List<String> reasons = reasons(id);
                assertEquals(1, reasons.stream().filter("scheduled_publish"::equals).count(), id + ": " + reasons);
            }
        } finally {
            scheduler.resume("article-schedule");
        }
    }
}
