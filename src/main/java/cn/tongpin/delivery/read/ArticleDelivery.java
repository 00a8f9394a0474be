package cn.tongpin.delivery.read;

import cn.tongpin.article.Article;
import cn.tongpin.article.ArticleStatus;
import cn.tongpin.asset.Asset;
import cn.tongpin.delivery.cache.Built;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.SortField;
import cn.tongpin.listing.Sortable;
import cn.tongpin.meeting.Meeting;
import cn.tongpin.meeting.MeetingStatus;
import cn.tongpin.persistence.Rows;
import cn.tongpin.web.Ref;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Published articles for the delivery API: filters, search, and their relations on request. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleDelivery extends Delivery<Article, ArticleContent> {

    /** Articles shown per item where they are included into something else. */
    static final int INCLUDED_ARTICLES = 10;

    static final ListQuery<Article> LIST = ListQuery.ofEntities(Article.class,
            Sortable.of("publishedAt", "e.publishedAt", Sortable.Type.TIMESTAMP, a -> a.publishedAt),
            Sortable.of("title", "coalesce(e.title, '')", Sortable.Type.STRING, a -> a.title == null ? "" : a.title))
            .fetching("left join fetch e.sourceOrganization left join fetch e.coverImage left join fetch e.meeting");

    ArticleDelivery() {
        super("article", LIST, ArticleContent.SHAPE, Article::findByIdOrSlug, a -> a.status == ArticleStatus.published);
    }

    public Built list(UriInfo uri, Paging paging, ArticleQuery.Filters filters, Selection asked) {
        Selection selection = asked.fields().isEmpty()
                ? new Selection(ArticleContent.LIST_FIELDS, asked.nested(), asked.includes()) : asked;
        return searched(uri, paging, filters.sort, filters.text.q, filters::filter, "published_at", new SortField("publishedAt", true),
                selection);
    }

    /** The page's items, with one statement per relation the selection needs. */
    @Override
    List<ArticleContent> build(List<Article> rows, Selection selection) {
        List<UUID> ids = rows.stream().map(a -> a.id).toList();
        Map<UUID, List<Ref>> topicRefs = selection.wants("topics") ? refs("article_topic", "topic_id", "topic", ids) : Map.of();
        Map<UUID, List<Ref>> people = selection.wants("participants") ? refs("article_participant", "participant_id", "participant", ids)
                : Map.of();
        Map<UUID, List<Ref>> orgs = selection.wants("organizations")
                ? refs("article_organization", "organization_id", "organization", ids) : Map.of();

        Set<UUID> orgIds = new LinkedHashSet<>();
        if (selection.includes("sourceOrganization")) {
            rows.stream().filter(a -> a.sourceOrganization != null).forEach(a -> orgIds.add(a.sourceOrganization.id));
        }
        if (selection.includes("organizations")) {
            orgs.values().forEach(list -> list.forEach(r -> orgIds.add(r.id())));
        }
        Map<UUID, OrganizationContent> fullOrgs = readers.organizations.byIds(orgIds);
        Set<UUID> topicIds = new LinkedHashSet<>();
        if (selection.includes("topics")) {
            topicRefs.values().forEach(list -> list.forEach(r -> topicIds.add(r.id())));
        }
        Map<UUID, TopicContent> fullTopics = topicIds.isEmpty() ? Map.of() : readers.topics.byIds(topicIds);
        Set<UUID> peopleIds = new LinkedHashSet<>();
        if (selection.includes("participants")) {
            people.values().forEach(list -> list.forEach(r -> peopleIds.add(r.id())));
        }
        Map<UUID, ParticipantContent> fullPeople = readers.participants.byIds(peopleIds);
        Map<UUID, MeetingContent> fullMeetings = selection.includes("meeting") ? fullMeetings(rows) : Map.of();

        List<ArticleContent> items = new ArrayList<>();
        for (Article a : rows) {
            Meeting meeting = a.meeting != null && a.meeting.status == MeetingStatus.published ? a.meeting : null;
            Object source = a.sourceOrganization == null ? null
                    : selection.includes("sourceOrganization") ? fullOrgs.get(a.sourceOrganization.id) : a.sourceOrganization.ref();
            Object about = meeting == null ? null : expanded(meeting.ref(), selection.includes("meeting"), fullMeetings);
            items.add(new ArticleContent(a.id, a.slug, a.title, a.subtitle, a.summary,
                    selection.wants("bodyHtml") ? a.bodyHtml : null, selection.wants("bodyText") ? a.bodyText : null, a.byline,
                    source, image(a.coverImage),
                    expanded(topicRefs.getOrDefault(a.id, List.of()), selection.includes("topics"), fullTopics), about,
                    expanded(people.getOrDefault(a.id, List.of()), selection.includes("participants"), fullPeople),
                    expanded(orgs.getOrDefault(a.id, List.of()), selection.includes("organizations"), fullOrgs), a.canonicalUrl,
                    a.sourceUrl, a.locale, a.publishedAt, a.createdAt, a.updatedAt, a.version, a.syndication()));
        }
        return items;
    }

    /** The published meetings the articles are about, in full (include=meeting), as they are inside another item. */
    private Map<UUID, MeetingContent> fullMeetings(List<Article> rows) {
        Set<UUID> ids = new LinkedHashSet<>();
        rows.stream().filter(a -> a.meeting != null && a.meeting.status == MeetingStatus.published).forEach(a -> ids.add(a.meeting.id));
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Meeting> list = Meeting.list("select e from Meeting e left join fetch e.hostOrganization where e.id in ?1", ids);
        Map<UUID, MeetingContent> found = new HashMap<>();
        readers.meetings.build(list, readers.meetings.plain()).forEach(meeting -> found.put(meeting.id(), meeting));
        return found;
    }

    private Map<UUID, List<Ref>> refs(String table, String column, String target, List<UUID> ids) {
        return Rows.grouped(Rows.query(em, "select x.article_id, r.id, r.slug, r.name from " + table + " x join " + target
                + " r on r.id = x." + column + " where x.article_id in (:ids) order by x.article_id, r.name, r.id",
                Map.of("ids", Rows.ids(ids))), r -> new Ref(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3])));
    }

    static ArticleContent.Image image(Asset asset) {
        return asset == null ? null
                : new ArticleContent.Image(asset.id, asset.url(), asset.width, asset.height, asset.altText, asset.caption);
    }

    /**
     * The latest published articles of each owner, a few per owner, in one statement.
     *
     * @param owners SQL giving {@code (owner_id, article_id)} for the owners in {@code :ids}
     */
    Map<UUID, List<ArticleSummary>> latest(String owners, Collection<UUID> ids, int most) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Rows.grouped(Rows.query(em, "select owner_id, id, slug, title, summary, published_at, cover_id, url_id, width, height,"
                + " alt_text, caption from (select x.owner_id, a.id, a.slug, a.title, a.summary, a.published_at,"
                + " c.id as cover_id, c.id as url_id, c.width, c.height, c.alt_text, c.caption,"
                + " row_number() over (partition by x.owner_id order by a.published_at desc, a.id) as rn"
                + " from (select distinct owner_id, article_id from (" + owners + ") o(owner_id, article_id)) x"
                + " join article a on a.id = x.article_id left join asset c on c.id = a.cover_asset_id"
                + " where a.status = 'published') ranked where rn <= :most order by owner_id, published_at desc, id",
                Map.of("ids", ids, "most", most)),
                r -> new ArticleSummary(Rows.uuid(r[1]), Rows.text(r[2]), Rows.text(r[3]), Rows.text(r[4]), Rows.time(r[5]),
                        r[6] == null ? null : new ArticleContent.Image(Rows.uuid(r[6]), "/content/v1/assets/" + Rows.uuid(r[7]),
                                Rows.integer(r[8]), Rows.integer(r[9]), Rows.text(r[10]), Rows.text(r[11]))));
    }

    static final String BY_ORGANIZATION = "select source_organization_id, id from article where source_organization_id in (:ids)"
            + " union all select organization_id, article_id from article_organization where organization_id in (:ids)";
    static final String BY_PARTICIPANT = "select participant_id, article_id from article_participant where participant_id in (:ids)";
    static final String BY_MEETING = "select meeting_id, id from article where meeting_id in (:ids)";
}
