package cn.tongpin.importing;

import cn.tongpin.article.ArticleInput;
import cn.tongpin.article.ArticleService;
import cn.tongpin.article.ArticleView;
import cn.tongpin.persistence.StoredJson;
import cn.tongpin.richtext.BodyFormat;
import cn.tongpin.richtext.Markdown;
import cn.tongpin.richtext.PlainText;
import cn.tongpin.richtext.Summaries;
import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import cn.tongpin.web.Validation;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Imports: a source becomes a repaired, linked preview, kept until it is committed as a draft article or expires. */
@ApplicationScoped
@Transactional
public class ImportService {

    static final String DEFAULT_LOCALE = "zh-Hans";
    private static final int LONGEST_TITLE = 300;
    private static final int LONGEST_LINE = 200;

    @Inject
    Validation validation;

    @Inject
    Relations relations;

    @Inject
    ArticleService articles;

    @Inject
    ObjectMapper mapper;

    @Inject
    SecurityIdentity identity;

    @Inject
    ImportConfig config;

    public ImportPreview preview(ImportInput input) {
        validation.check(input);
        checkRepairNames(input.skipRepairs());
        String locale = input.locale() == null ? DEFAULT_LOCALE : input.locale();
        Extracted source = SourceExtractor.extract(input.content(), input.format(), input.sourceUrl());
        if (source == null) {
            throw ProblemException.unprocessable("not_a_wechat_article", "The page has no #js_content: it is not a WeChat article page",
                    List.of(new FieldError("content", "has no element with id js_content")));
        }
        String document = source.title() == null ? source.body() : source.title() + "\n\n" + source.body();
        if (document.isBlank()) {
            throw ProblemException.unprocessable("nothing_to_import", "The content has no text to import",
                    List.of(new FieldError("content", "has no text")));
        }
        TextRepairs.Result repaired = TextRepairs.run(document, locale, input.skipRepairs());
        ImportDraft draft = draft(input, source, repaired, locale);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        UUID id = UUID.randomUUID();
        ImportPreview preview = new ImportPreview(id.toString(), now.plus(config.previewKeptFor()), draft,
                new RepairReport(TextRepairs.RULES.stream().filter(r -> !skipped(input, r) && r.appliesTo(locale)).map(RepairRule::name).toList(),
                        repaired.changes(), document, repaired.text()),
                repaired.warnings(), null);
        StoredPreview.delete("expiresAt < ?1", now);
        StoredPreview stored = new StoredPreview();
        stored.id = id;
        stored.preview = StoredJson.write(mapper, preview, "A preview");
        stored.createdBy = author();
        stored.createdAt = now;
        stored.expiresAt = preview.expiresAt();
        stored.persist();
        return preview;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPreview get(String id) {
        StoredPreview stored = find(id);
        return StoredJson.read(mapper, stored.preview, ImportPreview.class, "A stored preview").committed(stored.articleId == null ? null : stored.articleId.toString());
    }

    /** Forgets a preview, expired or not, committed or not (its draft article stays). */
    public void discard(String id) {
        if (!StoredPreview.deleteById(uuid(id))) {
            throw ProblemException.notFound("import preview", id);
        }
    }

    /** Creates the preview's draft through the article service; a preview makes one article at most. */
    public ArticleView commit(String id) {
        StoredPreview stored = find(id);
        if (stored.articleId != null) {
            throw ProblemException.conflict("import_committed", "This preview was already committed as article " + stored.articleId);
        }
        ImportDraft draft = StoredJson.read(mapper, stored.preview, ImportPreview.class, "A stored preview").draft();
        ArticleView article = articles.create(new ArticleInput(null, draft.title(), null, null, draft.body(), BodyFormat.markdown,
                draft.byline(), id(draft.sourceOrganization()), null, null, id(draft.meeting()), ids(draft.participants()),
                ids(draft.organizations()), null, draft.sourceUrl(), draft.locale(), null, null));
        stored.articleId = article.id();
        return article;
    }

    private ImportDraft draft(ImportInput input, Extracted source, TextRepairs.Result repaired, String locale) {
        String text = repaired.text();
        String title = null;
        String body = text;
        if (source.title() != null) {
            int newline = text.indexOf('\n');
            title = clip((newline < 0 ? text : text.substring(0, newline)).strip(), LONGEST_TITLE);
            body = newline < 0 ? "" : text.substring(newline + 1).strip();
        }
        String byline = clip(Optional.ofNullable(repaired.fields().get(Boilerplate.BYLINE)).orElse(source.byline()), LONGEST_LINE);
        String sourceName = Optional.ofNullable(repaired.fields().get(Boilerplate.SOURCE)).orElse(source.source());
        var date = source.date() != null ? source.date() : SourceExtractor.statedDate(text);
        Relations.Found found = relations.find(text, sourceName, date, date == null ? SourceExtractor.statedDay(text) : null);
        String summary = body.isBlank() ? null : Summaries.derive(PlainText.of(Markdown.toHtml(body)));
        return new ImportDraft(title == null || title.isEmpty() ? null : title, body, summary, byline,
                repaired.fields().get(Boilerplate.EDITOR), sourceName, found.source(), input.sourceUrl(), date, locale,
                source.images(), found.participants(), found.organizations(), found.meeting(), found.unmatched());
    }

    private static void checkRepairNames(List<String> skipped) {
        if (skipped == null) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < skipped.size(); i++) {
            if (!TextRepairs.ruleNames().contains(skipped.get(i))) {
                errors.add(new FieldError("skipRepairs[" + i + "]", "must be one of " + String.join(", ", TextRepairs.ruleNames())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static boolean skipped(ImportInput input, RepairRule rule) {
        return input.skipRepairs() != null && input.skipRepairs().contains(rule.name());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("import preview", id);
        }
    }

    private static StoredPreview find(String id) {
        StoredPreview stored = StoredPreview.findById(uuid(id));
        if (stored == null) {
            throw ProblemException.notFound("import preview", id);
        }
        if (stored.expiresAt.isBefore(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw new ProblemException(410, "import_expired", "Gone", "This preview expired at " + stored.expiresAt
                    + "; send the import again", null);
        }
        return stored;
    }

    private static String id(ProposedLink link) {
        return link == null ? null : link.id();
    }

    private static List<String> ids(List<ProposedLink> links) {
        return links == null || links.isEmpty() ? null : links.stream().map(ProposedLink::id).toList();
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private String author() {
        return identity == null || identity.isAnonymous() ? "system" : identity.getPrincipal().getName();
    }
}
