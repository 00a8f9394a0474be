package cn.tongpin.article;

import cn.tongpin.editing.Write;
import cn.tongpin.persistence.VersionedEntity;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
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
 * Every transition is a write through {@link ArticleService}, with its own revision.
 */
@ApplicationScoped
@Transactional
public class ArticleWorkflow {

    static final String SCHEDULER = "scheduler";

    @Inject
    ArticleService articles;

    @Inject
    Validation validation;

    public ArticleView publish(String idOrSlug, String ifMatch) {
        return articles.transition(idOrSlug, ifMatch, Write.of("publish"), article -> {
            require(article, Set.of(ArticleStatus.draft, ArticleStatus.scheduled, ArticleStatus.archived), "publish");
            requireComplete(article);
            if (article.unpublishAt != null && !article.unpublishAt.isAfter(VersionedEntity.now())) {
                throw ProblemException.unprocessable("unpublish_at_past", "unpublishAt has passed; clear or move it before publishing",
                        List.of(new FieldError("unpublishAt", "must be in the future to publish")));
            }
            article.publishAt = null;
            goLive(article);
        });
    }

    public ArticleView schedule(String idOrSlug, ScheduleInput input, String ifMatch) {
        validation.check(input);
        return articles.transition(idOrSlug, ifMatch, Write.of("schedule"), article -> {
            require(article, Set.of(ArticleStatus.draft, ArticleStatus.scheduled, ArticleStatus.archived), "schedule");
            requireComplete(article);
            article.publishAt = input.publishAt();
            if (input.unpublishAt() != null) {
                article.unpublishAt = input.unpublishAt();
            }
            article.status = ArticleStatus.scheduled;
            checkLive(article);
        });
    }

    /** One step back: published → archived, scheduled → draft, archived → draft. */
    public ArticleView unpublish(String idOrSlug, String ifMatch) {
        return articles.transition(idOrSlug, ifMatch, Write.of("unpublish"), article -> {
            require(article, Set.of(ArticleStatus.published, ArticleStatus.scheduled, ArticleStatus.archived), "unpublish");
            if (article.status == ArticleStatus.published) {
                article.status = ArticleStatus.archived;
            } else {
                article.status = ArticleStatus.draft;
                article.publishAt = null;
            }
        });
    }

    /** Publishes an article at its publishAt; the first publication time is kept when it is published again. */
    void publishDue(Article article) {
        articles.transition(article, Write.by(SCHEDULER, "scheduled_publish"), ArticleWorkflow::goLive);
    }

    /** Takes an article down at its unpublishAt. */
    void unpublishDue(Article article) {
        articles.transition(article, Write.by(SCHEDULER, "scheduled_unpublish"), a -> a.status = ArticleStatus.archived);
    }

    /** Makes the article published now; the first publication time is kept when it is published again. */
    private static void goLive(Article article) {
        article.status = ArticleStatus.published;
        if (article.publishedAt == null) {
            article.publishedAt = VersionedEntity.now();
        }
    }

    /** What a scheduled or published article must keep through any write. */
    static void checkLive(Article article) {
        if (article.status == ArticleStatus.scheduled || article.status == ArticleStatus.published) {
            requireComplete(article);
        }
        if (article.status == ArticleStatus.scheduled && (article.publishAt == null || !article.publishAt.isAfter(VersionedEntity.now()))) {
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

    private static void require(Article article, Set<ArticleStatus> from, String action) {
        if (!from.contains(article.status)) {
            throw new ProblemException(409, "invalid_transition", "Not possible in this state",
                    "A " + article.status + " article cannot " + action + "; possible from: "
                            + String.join(", ", from.stream().map(Enum::name).sorted().toList()),
                    List.of(new FieldError("status", "is " + article.status)));
        }
    }
}
