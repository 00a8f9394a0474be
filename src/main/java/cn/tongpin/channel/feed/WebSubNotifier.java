package cn.tongpin.channel.feed;

import cn.tongpin.article.Article;
import cn.tongpin.article.ArticleStatus;
import cn.tongpin.channel.ChannelConfig;
import cn.tongpin.channel.ChannelLocale;
import cn.tongpin.channel.FeedScope;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Tells the WebSub hub (when one is configured) about every feed a publish or a change of a
 * published article touched: the overall feeds and those of its topics, organizations, participants
 * and meeting, in every format and script. It looks for such changes every few seconds, so
 * scheduled publishes and changes made by any instance are told alike.
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

    private volatile OffsetDateTime watermark = OffsetDateTime.now(ZoneOffset.UTC);
    private final java.util.Map<String, OffsetDateTime> told = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile WebSubPublisher publisher;

    @Scheduled(identity = "websub-publish", every = "${tongpin.channels.feeds.websub-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "1s")
    @Transactional(Transactional.TxType.SUPPORTS)
    void run() {
        if (config.feeds().websubHub().isEmpty()) {
            return;
        }
        try {
            List<Article> changed = em.createQuery("select a from Article a where a.status = :published and a.updatedAt > :since"
                    + " order by a.updatedAt", Article.class)
                    .setParameter("published", ArticleStatus.published).setParameter("since", watermark.minusSeconds(LAG_SECONDS))
                    .setMaxResults(500).getResultList();
            Set<String> feeds = new LinkedHashSet<>();
            for (Article a : changed) {
                if (told.putIfAbsent(a.id + ":" + a.version, a.updatedAt) == null) {
                    feeds.addAll(feedUrls(a));
                }
                if (a.updatedAt.isAfter(watermark)) {
                    watermark = a.updatedAt;
                }
            }
            told.values().removeIf(at -> at.isBefore(watermark.minusSeconds(2 * LAG_SECONDS)));
            if (!feeds.isEmpty()) {
                publisher().publish(feeds);
            }
        } catch (RuntimeException e) {
            LOG.error("WebSub run failed; the next one tries again", e);
        }
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
