package cn.tongpin.article;

import cn.tongpin.change.ContentType;
import cn.tongpin.editing.EditingService;
import cn.tongpin.editing.Write;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Paging;
import cn.tongpin.listing.Sortable;
import cn.tongpin.security.EditorScope;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Articles: written through the shared write path, every write kept as a revision and indexed for
 * search in its transaction. The workflow is {@link ArticleWorkflow}.
 */
@ApplicationScoped
@Transactional
public class ArticleService extends EditingService<Article, ArticleInput, ArticleView> {

    static final ListQuery<Article> LIST = ListQuery.ofEntities(Article.class,
            Sortable.of("publishedAt", "coalesce(e.publishedAt, e.createdAt)", Sortable.Type.TIMESTAMP,
                    a -> a.publishedAt != null ? a.publishedAt : a.createdAt),
            Sortable.of("title", "coalesce(e.title, '')", Sortable.Type.STRING, a -> a.title == null ? "" : a.title))
            .fetching("left join fetch e.sourceOrganization left join fetch e.coverImage left join fetch e.meeting");

    /** Reasons of the writes that change what is searched; workflow steps change only the state. */
    private static final List<String> CONTENT_WRITES = List.of("create", "update", "restore");

    @Inject
    EditorScope scope;

    @Inject
    SecurityIdentity identity;

    @Inject
    ArticleAssembler assembler;

    @Inject
    ArticleRevisions revisions;

    @Inject
    ArticleSearch search;

    ArticleService() {
        // Nothing points at an article: deleting one takes its revisions with it.
        super(Article.class, ArticleInput.class, ContentType.ARTICLE, Article::new, null, ArticleView::of);
    }

    public ListResponse<ArticleView> list(Paging paging, String sort, ArticleFilter criteria) {
        Filter filter = criteria.toFilter();
        scope.restriction().ifPresent(orgs -> filter.where("(e.status = :published or e.sourceOrganization.id in :scope)",
                Map.of("published", ArticleStatus.published, "scope", orgs)));
        return list(LIST, "-updatedAt", paging, sort, filter);
    }

    /** Brings back the content of revision n as a new write; the workflow state and its times stay as they are. */
    public ArticleView restore(String idOrSlug, int number, String ifMatch) {
        Article article = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, article.version, true);
        JsonNode state = revisions.get(article.id, number).state();
        ObjectNode content = state.deepCopy();
        if (content.path("summaryDerived").asBoolean(false)) {
            content.putNull("summary");
        }
        for (String workflowField : List.of("summaryDerived", "status", "publishedAt", "publishAt", "unpublishAt")) {
            content.remove(workflowField);
        }
        ArticleInput input;
        try {
            input = mapper.treeToValue(content, ArticleInput.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Revision " + number + " no longer fits an article", e);
        }
        input = new ArticleInput(input.slug(), input.title(), input.subtitle(), input.summary(), input.body(), input.bodyFormat(),
                input.byline(), input.sourceOrganization(), input.coverImage(), input.topics(), input.meeting(), input.participants(),
                input.organizations(), input.canonicalUrl(), input.sourceUrl(), input.locale(), article.publishAt, article.unpublishAt,
                input.syndication());
        return view(update(article, input, Write.restore(number)));
    }

    public ListResponse<RevisionView> revisions(String idOrSlug) {
        return revisions.list(find(idOrSlug).id);
    }

    public RevisionView revision(String idOrSlug, int number) {
        return revisions.get(find(idOrSlug).id, number);
    }

    @Override
    protected void apply(Article article, ArticleInput input) {
        assembler.apply(article, input);
    }

    @Override
    protected void checkCanWrite(Article article) {
        scope.checkCanWrite(article.scopeOrganizations());
    }

    /** A draft may lack almost anything, but not everything; a scheduled or published one keeps what it needs. */
    @Override
    protected void check(Article article) {
        if (article.title == null && article.bodyHtml == null && article.summary == null) {
            throw ProblemException.invalid(List.of(new FieldError("title", "a title, body or summary is required")));
        }
        ArticleWorkflow.checkLive(article);
    }

    @Override
    protected void written(Article article, Write write) {
        revisions.record(article, write.by() != null ? write.by() : author(), write.reason(), write.restoredFrom());
        if (CONTENT_WRITES.contains(write.reason())) {
            search.index(article);
        }
    }

    /** Unpublished articles outside the caller's organizations are not there for them. */
    @Override
    protected boolean visible(Article article) {
        var restriction = scope.restriction();
        return restriction.isEmpty() || article.status == ArticleStatus.published
                || article.sourceOrganization != null && restriction.get().contains(article.sourceOrganization.id);
    }

    @Override
    protected boolean delivered(Article article) {
        return article.status == ArticleStatus.published;
    }

    /** The source organization and those the article mentions. */
    @Override
    protected Set<UUID> organizationIds(Article article) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (article.sourceOrganization != null) {
            ids.add(article.sourceOrganization.id);
        }
        article.organizations.forEach(o -> ids.add(o.id));
        return ids;
    }

    @Override
    protected Set<UUID> topicIds(Article article) {
        Set<UUID> ids = new LinkedHashSet<>();
        article.topics.forEach(t -> ids.add(t.id));
        return ids;
    }

    @Override
    protected ArticleInput toInput(Article article) {
        return ArticleAssembler.toInput(article);
    }

    String author() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
