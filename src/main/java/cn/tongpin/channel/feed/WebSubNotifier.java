package cn.tongpin.channel.feed;

import cn.tongpin.article.Article;
import cn.tongpin.article.ArticleStatus;
import cn.tongpin.change.ChangeKind;
import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import cn.tongpin.channel.ChannelConfig;
import cn.tongpin.channel.ChannelLocale;
import cn.tongpin.channel.FeedScope;
import cn.tongpin.persistence.BackgroundWork;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Tells the WebSub hub (when one is configured) about every feed a publish or a change of a
 * published article touched: the overall feeds and those of its topics, organizations, participants
 * and meeting, in every format and script. The change events of the writes drive it: right after a
 * write that touched a public article commits (scheduled publishes included), its feeds are told,
 * on a thread of their own. Every few seconds it also looks for published articles changed without
 * an event (rows written into the database by other means); a change is told once by id and version
 * either way.
 */
@ApplicationScoped
public class WebSubNotifier {

    private static final Logger LOG = Logger.getLogger(WebSubNotifier.class);

    @Inject
    ChannelConfig config;

    @Inject
    EntityManager em;

    /** A write commits after it stamps updatedAt: changes are looked for this far back, and told once by id and version. */
    private static final long LAG_SECONDS = 30;
    /** Below every id in PostgreSQL's uuid order, so a position with it comes before every row of its time. */
    private static final UUID FIRST_ID = new UUID(0, 0);
    private static final String CHANGES = "select a.id, a.version, a.updatedAt from Article a where a.status = :published";

    /** The last change read, by (updatedAt, id): many rows may share a time (a bulk import), the pair never repeats. */
    private volatile Position position = new Position(OffsetDateTime.now(ZoneOffset.UTC), FIRST_ID);
    private final Map<String, OffsetDateTime> told = new ConcurrentHashMap<>();
    private volatile WebSubPublisher publisher;
    /** Changes committed and not told yet, and whether the teller is at them. */
    private final Queue<ContentChanged> committed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile ExecutorService teller;

    @Scheduled(identity = "websub-publish", every = "${tongpin.channels.feeds.websub-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "1s")
    @BackgroundWork
    @Transactional(Transactional.TxType.SUPPORTS)
    void run() {
        if (config.feeds().websubHub().isEmpty()) {
            return;
        }
        Set<String> feeds = new LinkedHashSet<>();
        try {
            look(feeds);
        } catch (RuntimeException e) {
            LOG.error("WebSub run failed; the next one goes on from where it stopped", e);
        }
        try {
            if (!feeds.isEmpty()) {
                publisher().publish(feeds);
            }
        } catch (RuntimeException e) {
            LOG.error("WebSub hub could not be told", e);
        }
    }

    /** After a write committed: its feeds are told at once if it touched what readers see. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        if (config.feeds().websubHub().isEmpty() || change.type() != ContentType.ARTICLE) {
            return;
        }
        boolean touchedReaders = change.visible() || change.kind() == ChangeKind.UNPUBLISHED || change.kind() == ChangeKind.DELETED;
        if (!touchedReaders || told.putIfAbsent(change.id() + ":" + change.version(), OffsetDateTime.now(ZoneOffset.UTC)) != null) {
            return;
        }
        committed.add(change);
        if (draining.compareAndSet(false, true)) {
            teller().execute(this::drain);
        }
    }

    /** Tells the feeds of the changes committed so far, on the teller's thread. */
    private void drain() {
        try {
            List<ContentChanged> changes = new ArrayList<>();
            for (ContentChanged change; (change = committed.poll()) != null;) {
                changes.add(change);
            }
            if (changes.isEmpty()) {
                return;
            }
            Set<String> feeds = new LinkedHashSet<>();
            ManagedContext request = Arc.container().requestContext();
            request.activate();
            try {
                QuarkusTransaction.requiringNew().run(() -> changes.forEach(change -> feeds.addAll(feedUrls(change))));
            } finally {
                request.terminate();
            }
            if (!feeds.isEmpty()) {
                publisher().publish(feeds);
            }
        } catch (RuntimeException e) {
            LOG.error("WebSub hub could not be told of committed changes", e);
        } finally {
            draining.set(false);
            if (!committed.isEmpty() && draining.compareAndSet(false, true)) {
                teller().execute(this::drain);
            }
        }
    }

    /** The feeds a change touched: the article's own when it is still there, else those the event names. */
    private List<String> feedUrls(ContentChanged change) {
        Article article = em.find(Article.class, change.id());
        if (article != null) {
            return feedUrls(article);
        }
        List<FeedScope> scopes = new ArrayList<>();
        scopes.add(FeedScope.all(null));
        if (!change.topicIds().isEmpty()) {
            em.createQuery("select t.slug from Topic t where t.id in :ids", String.class).setParameter("ids", change.topicIds())
                    .getResultList().forEach(slug -> scopes.add(scope(FeedScope.Kind.TOPIC, slug)));
        }
        if (!change.organizationIds().isEmpty()) {
            em.createQuery("select o.slug from Organization o where o.id in :ids", String.class).setParameter("ids", change.organizationIds())
                    .getResultList().forEach(slug -> scopes.add(scope(FeedScope.Kind.ORGANIZATION, slug)));
        }
        return urls(scopes);
    }

    void stop(@Observes ShutdownEvent event) {
        ExecutorService t = teller;
        if (t != null) {
            t.shutdown();
        }
    }

    private ExecutorService teller() {
        ExecutorService t = teller;
        if (t == null) {
            synchronized (this) {
                if (teller == null) {
                    teller = Executors.newSingleThreadExecutor(r -> {
                        Thread thread = new Thread(r, "websub-teller");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                t = teller;
            }
        }
        return t;
    }

    /** Adds the feeds of the changes not told yet: those committed late behind the position, then those after it. */
    private void look(Set<String> feeds) {
        Position from = position;
        List<Object[]> late = em.createQuery(CHANGES + " and a.updatedAt > :since and (a.updatedAt, a.id) <= (:at, :id)", Object[].class)
                .setParameter("published", ArticleStatus.published).setParameter("since", from.at().minusSeconds(LAG_SECONDS))
                .setParameter("at", from.at()).setParameter("id", from.id()).getResultList();
        tell(late, feeds);
        int batch = config.feeds().websubBatch();
        List<Object[]> page;
        do {
            page = em.createQuery(CHANGES + " and (a.updatedAt, a.id) > (:at, :id) order by a.updatedAt, a.id", Object[].class)
                    .setParameter("published", ArticleStatus.published)
                    .setParameter("at", position.at()).setParameter("id", position.id())
                    .setMaxResults(batch).getResultList();
            tell(page, feeds);
            if (!page.isEmpty()) {
                Object[] last = page.get(page.size() - 1);
                position = new Position((OffsetDateTime) last[2], (UUID) last[0]);
            }
        } while (page.size() == batch);
        told.values().removeIf(at -> at.isBefore(position.at().minusSeconds(2 * LAG_SECONDS)));
    }

    /** Adds the feeds of the rows (id, version, updatedAt) not told yet and marks them told. */
    private void tell(List<Object[]> rows, Set<String> feeds) {
        Map<UUID, Object[]> untold = new LinkedHashMap<>();
        for (Object[] row : rows) {
            if (!told.containsKey(row[0] + ":" + row[1])) {
                untold.put((UUID) row[0], row);
            }
        }
        if (untold.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(untold.keySet());
        int batch = config.feeds().websubBatch();
        for (int i = 0; i < ids.size(); i += batch) {
            em.createQuery("select a from Article a where a.id in :ids", Article.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + batch)))
                    .getResultList().forEach(a -> feeds.addAll(feedUrls(a)));
            em.clear();
        }
        untold.values().forEach(row -> told.put(row[0] + ":" + row[1], (OffsetDateTime) row[2]));
    }

    /** Every feed an article appears in. */
    List<String> feedUrls(Article a) {
        List<FeedScope> scopes = new ArrayList<>();
        scopes.add(FeedScope.all(null));
        a.topics.forEach(t -> scopes.add(scope(FeedScope.Kind.TOPIC, t.slug)));
        if (a.sourceOrganization != null) {
            scopes.add(scope(FeedScope.Kind.ORGANIZATION, a.sourceOrganization.slug));
        }
        a.organizations.forEach(o -> scopes.add(scope(FeedScope.Kind.ORGANIZATION, o.slug)));
        a.participants.forEach(p -> scopes.add(scope(FeedScope.Kind.PARTICIPANT, p.slug)));
        if (a.meeting != null) {
            scopes.add(scope(FeedScope.Kind.MEETING, a.meeting.slug));
        }
        return urls(scopes);
    }

    private List<String> urls(List<FeedScope> scopes) {
        List<String> urls = new ArrayList<>();
        for (FeedScope scope : scopes) {
            for (FeedFormat format : FeedFormat.values()) {
                for (ChannelLocale locale : ChannelLocale.values()) {
                    urls.add(FeedResource.selfUrl(config, scope, format, locale));
                }
            }
        }
        return urls;
    }

    private static FeedScope scope(FeedScope.Kind kind, String slug) {
        return new FeedScope(kind, null, slug, null, null, null);
    }

    private WebSubPublisher publisher() {
        if (publisher == null) {
            publisher = new WebSubPublisher(config.feeds().websubHub().orElseThrow());
        }
        return publisher;
    }

    /** A place in the order of changes: (updatedAt, id). */
    private record Position(OffsetDateTime at, UUID id) {
    }
}
