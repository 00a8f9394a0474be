package cn.tongpin.channel.feed;

import cn.tongpin.article.Article;
import cn.tongpin.change.ChangeKind;
import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import cn.tongpin.channel.ChannelConfig;
import cn.tongpin.channel.ChannelLocale;
import cn.tongpin.channel.FeedScope;
import cn.tongpin.organization.Organization;
import cn.tongpin.topic.Topic;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Tells the WebSub hub (when one is configured) about every feed a publish or a change of a
 * published article touched: the overall feeds and those of its topics, organizations, participants
 * and meeting, in every format and script. The change events of the writes drive it: every write of
 * content fires one (edits, workflow steps, the scheduler's publications, bulk imports), and right
 * after a write that touched a public article commits, its feeds are told, on a thread of their own.
 */
@ApplicationScoped
public class WebSubNotifier {

    private static final Logger LOG = Logger.getLogger(WebSubNotifier.class);

    @Inject
    ChannelConfig config;

    private volatile WebSubPublisher publisher;
    /** Changes committed and not told yet, and whether the teller is at them. */
    private final Queue<ContentChanged> committed = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile ExecutorService teller;

    /** After a write committed: its feeds are told at once if it touched what readers see. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        if (config.feeds().websubHub().isEmpty() || change.type() != ContentType.ARTICLE) {
            return;
        }
        boolean touchedReaders = change.visible() || change.kind() == ChangeKind.UNPUBLISHED || change.kind() == ChangeKind.DELETED;
        if (!touchedReaders) {
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
        Article article = Article.findById(change.id());
        if (article != null) {
            return feedUrls(article);
        }
        List<FeedScope> scopes = new ArrayList<>();
        scopes.add(FeedScope.all(null));
        if (!change.topicIds().isEmpty()) {
            Topic.find("select t.slug from Topic t where t.id in ?1", change.topicIds()).project(String.class).list()
                    .forEach(slug -> scopes.add(scope(FeedScope.Kind.TOPIC, slug)));
        }
        if (!change.organizationIds().isEmpty()) {
            Organization.find("select o.slug from Organization o where o.id in ?1", change.organizationIds()).project(String.class).list()
                    .forEach(slug -> scopes.add(scope(FeedScope.Kind.ORGANIZATION, slug)));
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
}
