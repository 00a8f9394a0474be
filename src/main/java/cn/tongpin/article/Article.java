package cn.tongpin.article;

import cn.tongpin.asset.Asset;
import cn.tongpin.meeting.Meeting;
import cn.tongpin.organization.Organization;
import cn.tongpin.participant.Participant;
import cn.tongpin.persistence.BaseEntity;
import cn.tongpin.richtext.BodyFormat;
import cn.tongpin.topic.Topic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A story about the cooperation, with its body as sanitised HTML and its place in the workflow. */
@Entity
@Table(name = "article")
public class Article extends BaseEntity {

    public String title;

    public String subtitle;

    public String summary;

    /** The summary column's length in characters (code points); a derived summary is cut to it. */
    public static final int SUMMARY_LENGTH = 1000;

    /** Whether the summary was made from the body (and is made again when the body changes). */
    public boolean summaryDerived;

    @Enumerated(EnumType.STRING)
    public BodyFormat bodyFormat = BodyFormat.markdown;

    /** The body as the editor wrote it: Markdown as sent, or the sanitised HTML when sent as HTML. */
    public String bodySource;

    public String bodyHtml;

    public String bodyText;

    public String byline;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization sourceOrganization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cover_asset_id")
    public Asset coverImage;

    @ManyToOne(fetch = FetchType.LAZY)
    public Meeting meeting;

    @ManyToMany
    @JoinTable(inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<Topic> topics = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(inverseJoinColumns = @JoinColumn(name = "participant_id"))
    public Set<Participant> participants = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(inverseJoinColumns = @JoinColumn(name = "organization_id"))
    public Set<Organization> organizations = new LinkedHashSet<>();

    /** The assets the body's images show. */
    @ElementCollection
    @CollectionTable(name = "article_body_asset")
    @Column(name = "asset_id")
    public Set<UUID> bodyAssetIds = new LinkedHashSet<>();

    public String canonicalUrl;

    public String sourceUrl;

    public String locale = "zh-Hans";

    @Enumerated(EnumType.STRING)
    public ArticleStatus status = ArticleStatus.draft;

    public OffsetDateTime publishAt;

    public OffsetDateTime publishedAt;

    public OffsetDateTime unpublishAt;

    /** Whether partners may republish it. */
    public boolean syndicationRepublish = true;

    /** The line a republished copy must show; null for the default made from the source organization. */
    public String syndicationAttribution;

    /** Whether partners may edit it. */
    public boolean syndicationEdits;

    /** The syndication policy as answered: the attribution defaults to the source organization. */
    public SyndicationPolicy syndication() {
        return new SyndicationPolicy(syndicationRepublish, syndicationAttribution, syndicationEdits)
                .withDefaultAttribution(sourceOrganization == null ? null : sourceOrganization.name);
    }

    public static Optional<Article> findByIdOrSlug(String idOrSlug) {
        return byIdOrSlug(Article.class, idOrSlug);
    }

    /** The organization an editor must be allowed to write for; empty when none is set. */
    Set<UUID> scopeOrganizations() {
        return sourceOrganization == null ? Set.of() : Set.of(sourceOrganization.id);
    }
}
