package cn.tongpin.channel;

import cn.tongpin.article.Article;
import cn.tongpin.article.ArticleStatus;
import cn.tongpin.article.SyndicationPolicy;
import cn.tongpin.asset.Asset;
import cn.tongpin.asset.AssetService;
import cn.tongpin.organization.Organization;
import cn.tongpin.topic.Topic;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The published articles as channel articles: drafts, scheduled and archived ones never reach a channel. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedArticles {

    @Inject
    CanonicalUrls canonical;

    @Inject
    ChannelConfig config;

    @Inject
    AssetService assets;

    /** The published article with this id or slug. */
    public Optional<ChannelArticle> find(String idOrSlug) {
        return Article.findByIdOrSlug(idOrSlug).filter(a -> a.status == ArticleStatus.published)
                .map(a -> toChannel(List.of(a)).get(0));
    }

    /** The latest published articles of a scope, newest first. */
    public List<ChannelArticle> latest(FeedScope scope, int limit) {
        String where = "a.status = :published";
        if (!scope.isAll()) {
            where += switch (scope.kind()) {
                case TOPIC -> " and exists (select 1 from Article x join x.topics t where x = a and t.id = :scope)";
                case ORGANIZATION -> " and (a.sourceOrganization.id = :scope"
                        + " or exists (select 1 from Article x join x.organizations o where x = a and o.id = :scope))";
                case PARTICIPANT -> " and exists (select 1 from Article x join x.participants p where x = a and p.id = :scope)";
                case MEETING -> " and a.meeting.id = :scope";
            };
        }
        Parameters parameters = Parameters.with("published", ArticleStatus.published);
        if (!scope.isAll()) {
            parameters.and("scope", scope.id());
        }
        List<UUID> ids = Article.find("select a.id from Article a where " + where + " order by a.publishedAt desc, a.id desc",
                parameters).project(UUID.class).range(0, limit - 1).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Article> loaded = Article.list("select distinct a from Article a left join fetch a.topics"
                + " left join fetch a.sourceOrganization left join fetch a.coverImage where a.id in ?1", ids);
        Map<UUID, Article> byId = new HashMap<>();
        loaded.forEach(a -> byId.put(a.id, a));
        return toChannel(ids.stream().map(byId::get).toList());
    }

    /** What a sitemap needs of a published article. */
    record Located(UUID id, String slug, String canonicalUrl, OffsetDateTime updatedAt) {
    }

    /** The canonical URLs of all published articles, newest first. */
    public List<SitemapUrl> sitemapUrls() {
        return Article.find("select a.id, a.slug, a.canonicalUrl, a.updatedAt from Article a where a.status = ?1"
                + " order by a.publishedAt desc, a.id desc", ArticleStatus.published).project(Located.class).list().stream()
                .map(a -> canonical.sitemapUrl(canonical.article(a.canonicalUrl(), a.id(), a.slug()), a.updatedAt())).toList();
    }

    /** An image's stored bytes with their type. */
    public Optional<StoredImage> image(UUID assetId) {
        return assets.forDelivery(assetId).map(a -> new StoredImage(a.id, a.contentType, a.sha256, assets.bytes(a.id, 0, a.byteSize)));
    }

    /** An asset's bytes as stored. */
    public record StoredImage(UUID assetId, String mimeType, String sha256, byte[] bytes) {
    }

    private List<ChannelArticle> toChannel(List<Article> articles) {
        Set<UUID> assetIds = new HashSet<>();
        articles.forEach(a -> assetIds.addAll(a.bodyAssetIds));
        Map<UUID, Asset> assetsById = new HashMap<>();
        if (!assetIds.isEmpty()) {
            Asset.<Asset>list("id in ?1", assetIds).forEach(asset -> assetsById.put(asset.id, asset));
        }
        List<ChannelArticle> result = new ArrayList<>();
        for (Article a : articles) {
            Map<UUID, ChannelImage> images = new LinkedHashMap<>();
            for (UUID id : a.bodyAssetIds) {
                Asset asset = assetsById.get(id);
                if (asset != null) {
                    images.put(id, image(asset));
                }
            }
            List<ChannelArticle.Term> topics = a.topics.stream().sorted(Comparator.comparing((Topic t) -> t.slug))
                    .map(t -> new ChannelArticle.Term(t.id, t.slug, t.name, canonical.of(CanonicalUrls.Type.TOPIC, t.id, t.slug)))
                    .toList();
            Organization source = a.sourceOrganization;
            ChannelArticle.Term sourceTerm = source == null ? null
                    : new ChannelArticle.Term(source.id, source.slug, source.name,
                            canonical.of(CanonicalUrls.Type.ORGANIZATION, source.id, source.slug));
            SyndicationPolicy policy = a.syndication();
            result.add(new ChannelArticle(a.id, a.slug, a.title, a.byline, a.summary, a.bodyHtml,
                    a.coverImage == null ? null : image(a.coverImage), images, canonical.article(a.canonicalUrl, a.id, a.slug),
                    a.sourceUrl, a.publishedAt, a.updatedAt, topics, sourceTerm, policy, "zh-Hans"));
        }
        return result;
    }

    private ChannelImage image(Asset a) {
        return new ChannelImage(a.id, config.publicUrl() + a.url(), a.contentType, a.byteSize, a.width, a.height, a.sha256,
                a.altText, a.focalX, a.focalY);
    }
}
