package cn.tongpin.article;

import cn.tongpin.change.ChangeKind;
import cn.tongpin.listing.Filter;
import cn.tongpin.listing.ListParams;
import cn.tongpin.listing.ListQuery;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.listing.Sortable;
import cn.tongpin.security.EditorScope;
import cn.tongpin.slug.Slugs;
import cn.tongpin.web.MergePatch;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Validation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/** Articles: writing them, with every write kept as a revision. The workflow is {@link ArticleWorkflow}. */
@ApplicationScoped
@Transactional
public class ArticleService {

    static final ListQuery<Article> LIST = ListQuery.ofEntities(Article.class,
            Sortable.of("publishedAt", "coalesce(e.publishedAt, e.createdAt)", Sortable.Type.TIMESTAMP,
                    a -> a.publishedAt != null ? a.publishedAt : a.createdAt),
            Sortable.of("title", "coalesce(e.title, '')", Sortable.Type.STRING, a -> a.title == null ? "" : a.title))
            .fetching("left join fetch e.sourceOrganization left join fetch e.coverImage left join fetch e.meeting");

    @Inject
    EntityManager em;

    @Inject
    Validation validation;

    @Inject
    ObjectMapper mapper;

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

    @Inject
    ArticleChanges changes;

    public ListResponse<ArticleView> list(ListParams params, ArticleFilter criteria) {
        Filter filter = criteria.toFilter();
        scope.restriction().ifPresent(orgs -> filter.where("(e.status = :published or e.sourceOrganization.id in :scope)",
                java.util.Map.of("published", ArticleStatus.published, "scope", orgs)));
        return LIST.run(em, params, filter).map(ArticleView::of);
    }

    public ArticleView get(String idOrSlug) {
        return ArticleView.of(find(idOrSlug));
    }

    public ArticleView create(ArticleInput input) {
        validation.check(input);
        Article article = new Article();
        assembler.apply(article, input);
        requireContent(article);
        scope.checkCanWrite(article.scopeOrganizations());
        article.slug = Slugs.choose(input.slug(), article.title, "article", s -> Article.slugTaken(s, null));
        article.persist();
        revisions.record(article, author(), "create", null);
        search.index(article);
        changes.fire(article, ChangeKind.CREATED);
        return ArticleView.of(article);
    }

    public ArticleView replace(String idOrSlug, ArticleInput input, String ifMatch) {
        Article article = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, article.version, true);
        write(article, input, "update", null);
        return ArticleView.of(article);
    }

    public ArticleView patch(String idOrSlug, JsonNode patch, String ifMatch) {
        Article article = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, article.version, true);
        ArticleInput merged = MergePatch.apply(mapper, ArticleAssembler.toInput(article), patch, ArticleInput.class);
        write(article, merged, "update", null);
        return ArticleView.of(article);
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
        write(article, input, "restore", number);
        return ArticleView.of(article);
    }

    public void delete(String idOrSlug, String ifMatch) {
        Article article = find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, article.version, false);
        scope.checkCanWrite(article.scopeOrganizations());
        changes.delete(article);
    }

    public ListResponse<RevisionView> revisions(String idOrSlug) {
        return revisions.list(find(idOrSlug).id);
    }

    public RevisionView revision(String idOrSlug, int number) {
        return revisions.get(find(idOrSlug).id, number);
    }

    private void write(Article article, ArticleInput input, String reason, Integer restoredFrom) {
        scope.checkCanWrite(article.scopeOrganizations());
        validation.check(input);
        // The slug is checked before the entity changes, so that the query does not flush a half-made write.
        if (input.slug() != null && !input.slug().equals(article.slug)) {
            article.slug = Slugs.choose(input.slug(), input.title(), "article", s -> Article.slugTaken(s, article.id));
        }
        assembler.apply(article, input);
        requireContent(article);
        ArticleWorkflow.checkLive(article);
        scope.checkCanWrite(article.scopeOrganizations());
        article.touch();
        revisions.record(article, author(), reason, restoredFrom);
        search.index(article);
        // The workflow state is not written here (the workflow's transitions are), so this is always an update.
        changes.fire(article, ChangeKind.UPDATED);
    }

    /** A draft may lack almost anything, but not everything. */
    private static void requireContent(Article article) {
        if (article.title == null && article.bodyHtml == null && article.summary == null) {
            throw ProblemException.invalid(List.of(new cn.tongpin.web.FieldError("title", "a title, body or summary is required")));
        }
    }

    Article find(String idOrSlug) {
        Article article = Article.findByIdOrSlug(idOrSlug).orElseThrow(() -> ProblemException.notFound("article", idOrSlug));
        var restriction = scope.restriction();
        if (restriction.isPresent() && article.status != ArticleStatus.published
                && (article.sourceOrganization == null || !restriction.get().contains(article.sourceOrganization.id))) {
            throw ProblemException.notFound("article", idOrSlug);
        }
        return article;
    }

    String author() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
