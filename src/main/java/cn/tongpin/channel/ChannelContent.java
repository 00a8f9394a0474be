package cn.tongpin.channel;

import cn.tongpin.meeting.Meeting;
import cn.tongpin.meeting.MeetingStatus;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.topic.Topic;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.WireNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What feeds, the widget and the sitemap list: the scopes of per-item feeds, their latest articles, and
 * the pages of every public item.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChannelContent {

    @Inject
    CanonicalUrls canonical;

    @Inject
    PublishedArticles articles;

    /** The topic, organization, participant or (published) meeting a feed is about; 404 when there is none. */
    public FeedScope scope(FeedScope.Kind kind, String idOrSlug) {
        Optional<FeedScope> scope = switch (kind) {
            case TOPIC -> Topic.findByIdOrSlug(idOrSlug).map(t -> scope(kind, t.id, t.slug, t.name, t.updatedAt));
            case ORGANIZATION -> Organization.findByIdOrSlug(idOrSlug).map(o -> scope(kind, o.id, o.slug, o.name, o.updatedAt));
            case PARTICIPANT -> Participant.findByIdOrSlug(idOrSlug).map(p -> scope(kind, p.id, p.slug, p.name, p.updatedAt));
            case MEETING -> Meeting.findByIdOrSlug(idOrSlug).filter(m -> m.status == MeetingStatus.published)
                    .map(m -> scope(kind, m.id, m.slug, m.title, m.updatedAt));
        };
        return scope.orElseThrow(() -> ProblemException.notFound(WireNames.lowerCase(kind), idOrSlug));
    }

    /** The latest published articles of a scope, newest first, in a script. */
    public List<ChannelArticle> latest(FeedScope scope, int limit, ChannelLocale script) {
        return articles.latest(scope, limit).stream().map(script::apply).toList();
    }

    private FeedScope scope(FeedScope.Kind kind, UUID id, String slug, String name, OffsetDateTime updatedAt) {
        CanonicalUrls.Type type = CanonicalUrls.Type.valueOf(kind.name());
        return new FeedScope(kind, id, slug, name, canonical.of(type, id, slug), updatedAt);
    }

    /**
     * Every public page once: published articles and meetings, topics, organizations and participants
     * (two canonical URLs that differ only in their fragments are one page, listed with its latest change).
     */
    public List<SitemapUrl> sitemapUrls() {
        List<SitemapUrl> urls = new ArrayList<>(articles.sitemapUrls());
        List<Meeting> meetings = Meeting.list("status = ?1 order by startsAt desc, id", MeetingStatus.published);
        meetings.forEach(m -> urls.add(url(CanonicalUrls.Type.MEETING, m.id, m.slug, m.updatedAt)));
        Topic.<Topic>list("order by slug").forEach(t -> urls.add(url(CanonicalUrls.Type.TOPIC, t.id, t.slug, t.updatedAt)));
        Organization.<Organization>list("order by slug")
                .forEach(o -> urls.add(url(CanonicalUrls.Type.ORGANIZATION, o.id, o.slug, o.updatedAt)));
        Participant.<Participant>list("order by slug")
                .forEach(p -> urls.add(url(CanonicalUrls.Type.PARTICIPANT, p.id, p.slug, p.updatedAt)));
        java.util.Map<String, SitemapUrl> pages = new java.util.LinkedHashMap<>();
        for (SitemapUrl url : urls) {
            pages.merge(url.loc(), url, (a, b) -> b.lastmod() != null && (a.lastmod() == null || b.lastmod().isAfter(a.lastmod())) ? b : a);
        }
        return List.copyOf(pages.values());
    }

    private SitemapUrl url(CanonicalUrls.Type type, UUID id, String slug, OffsetDateTime lastmod) {
        return canonical.sitemapUrl(canonical.of(type, id, slug), lastmod);
    }
}
