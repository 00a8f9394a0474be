package cn.tongpin.article;

import cn.tongpin.change.ChangeKind;
import cn.tongpin.security.EditorScope;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.Preconditions;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The editorial workflow: draft → scheduled → published → archived, and back to draft.
 * <pre>
 *   draft ──schedule──▶ scheduled ──(publishAt, scheduler)──▶ published ──unpublish / unpublishAt──▶ archived
 *     ▲ └────────────────publish──────────────────────────────▶ ▲                                    │
 *     └──────────unpublish (from scheduled or archived)─────────┴──────────────publish────────────────┘
 * </pre>
 * Every transition is a write with its own revision.
 */
@ApplicationScoped
@Transactional
public class ArticleWorkflow {

    static final String SCHEDULER = "scheduler";

    @Inject
    ArticleService articles;

    @Inject
    ArticleRevisions revisions;

    @Inject
    Validation validation;

    @Inject
    EditorScope scope;

    @Inject
    ArticleChanges changes;

    public ArticleView publish(String idOrSlug, String ifMatch) {
        Article article = writable(idOrSlug, ifMatch);
        require(article, Set.of(ArticleStatus.draft, ArticleStatus.scheduled, ArticleStatus.archived), "publish");
        requireComplete(article);
        if (article.unpublishAt != null && !article.unpublishAt.isAfter(now())) {
            throw ProblemException.unprocessable("unpublish_at_past", "unpublishAt has passed; clear or move it before publishing",
                    List.of(new FieldError("unpublishAt", "must be in the future to publish")));
        }
        article.publishAt = null;
        goLive(article, articles.author(), "publish");
        return ArticleView.of(article);
    }

    public ArticleView schedule(String idOrSlug, ScheduleInput input, String ifMatch) {
        validation.check(input);
        Article article = writable(idOrSlug, ifMatch);
        require(article, Set.of(ArticleStatus.draft, ArticleStatus.scheduled, ArticleStatus.archived), "schedule");
        requireComplete(article);
        article.publishAt = input.publishAt();
        if (input.unpublishAt() != null) {
            article.unpublishAt = input.unpublishAt();
        }
        article.status = ArticleStatus.scheduled;
        checkLive(article);
        article.touch();
        revisions.record(article, articles.author(), "schedule", null);
        changes.fire(article, ChangeKind.UPDATED);
        return ArticleView.of(article);
    }

    /** One step back: published → archived, scheduled → draft, archived → draft. */
    public ArticleView unpublish(String idOrSlug, String ifMatch) {
        Article article = writable(idOrSlug, ifMatch);
        require(article, Set.of(ArticleStatus.published, ArticleStatus.scheduled, ArticleStatus.archived), "unpublish");
        boolean wasLive = article.status == ArticleStatus.published;
        if (article.status == ArticleStatus.published) {
            article.status = ArticleStatus.archived;
        } else {
            article.status = ArticleStatus.draft;
            article.publishAt = null;
        }
        article.touch();
        revisions.record(article, articles.author(), "unpublish", null);
        changes.fire(article, wasLive ? ChangeKind.UNPUBLISHED : ChangeKind.UPDATED);
        return ArticleView.of(article);
    }

    /** Makes the article published now; the first publication time is kept when it is published again. */
    void goLive(Article article, String author, String reason) {
        boolean wasLive = article.status == ArticleStatus.published;
        article.status = ArticleStatus.published;
        if (article.publishedAt == null) {
            article.publishedAt = now();
        }
        article.touch();
        revisions.record(article, author, reason, null);
        changes.fire(article, wasLive ? ChangeKind.UPDATED : ChangeKind.PUBLISHED);
    }

    void takeDown(Article article, String author, String reason) {
        article.status = ArticleStatus.archived;
        article.touch();
        revisions.record(article, author, reason, null);
        changes.fire(article, ChangeKind.UNPUBLISHED);
    }

    /** What a scheduled or published article must keep through any write. */
    static void checkLive(Article article) {
        if (article.status == ArticleStatus.scheduled || article.status == ArticleStatus.published) {
            requireComplete(article);
        }
        if (article.status == ArticleStatus.scheduled && (article.publishAt == null || !article.publishAt.isAfter(now()))) {
            throw ProblemException.unprocessable("publish_at_past", "A scheduled article needs a publishAt in the future",
                    List.of(new FieldError("publishAt", "must be in the future")));
        }
        OffsetDateTime from = article.status == ArticleStatus.scheduled ? article.publishAt : null;
        if (from != null && article.unpublishAt != null && !article.unpublishAt.isAfter(from)) {
            throw ProblemException.unprocessable("unpublish_before_publish", "unpublishAt must be after publishAt",
                    List.of(new FieldError("unpublishAt", "must be after publishAt")));
        }
    }

    /** Title, body and summary are what every channel shows; without them nothing goes out. */
    static void requireComplete(Article article) {
        List<FieldError> missing = new ArrayList<>();
        if (article.title == null) {
            missing.add(new FieldError("title", "is required to publish"));
        }
        if (article.bodyHtml == null) {
            missing.add(new FieldError("body", "is required to publish"));
        }
        if (article.summary == null) {
            missing.add(new FieldError("summary", "is required to publish (give one, or a body with text to make it from)"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("incomplete", "The article cannot be published without "
                    + String.join(", ", missing.stream().map(FieldError::field).toList()), missing);
        }
    }

    private Article writable(String idOrSlug, String ifMatch) {
        Article article = articles.find(idOrSlug);
        Preconditions.checkIfMatch(ifMatch, article.version, false);
        scope.checkCanWrite(article.scopeOrganizations());
        return article;
    }

    private static void require(Article article, Set<ArticleStatus> from, String action) {
        if (!from.contains(article.status)) {
            throw new ProblemException(409, "invalid_transition", "Not possible in this state",
                    "A " + article.status + " article cannot " + action + "; possible from: "
                            + String.join(", ", from.stream().map(Enum::name).sorted().toList()),
                    List.of(new FieldError("status", "is " + article.status)));
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
