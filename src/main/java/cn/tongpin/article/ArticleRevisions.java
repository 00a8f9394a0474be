package cn.tongpin.article;

import cn.tongpin.listing.ListMeta;
import cn.tongpin.listing.ListResponse;
import cn.tongpin.persistence.Rows;
import cn.tongpin.persistence.VersionedEntity;
import cn.tongpin.web.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps every state of every article: each write appends the new state as a revision, so the
 * previous one stays readable and nothing an editor wrote is lost by a later edit.
 */
@ApplicationScoped
class ArticleRevisions {

    /** What a revision's summary shows: everything but the state. */
    private static final String SUMMARY = "number, article_version, created_at, author, reason, changed_fields, restored_from";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** Appends the article's current state; call after the write, in its transaction. */
    void record(Article article, String author, String reason, Integer restoredFrom) {
        em.flush();
        ObjectNode state = state(article);
        Object[] last = latest(article.id);
        int number = last == null ? 1 : Rows.integer(last[0]) + 1;
        List<String> changed = last == null ? present(state) : changed(read(Rows.text(last[1])), state);
        em.createNativeQuery("insert into article_revision (article_id, number, article_version, created_at, author, reason,"
                + " changed_fields, restored_from, state) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as jsonb))")
                .setParameter(1, article.id).setParameter(2, number).setParameter(3, article.version)
                .setParameter(4, VersionedEntity.now())
                .setParameter(5, author).setParameter(6, reason).setParameter(7, String.join(",", changed))
                .setParameter(8, restoredFrom).setParameter(9, write(state))
                .executeUpdate();
    }

    /** The fields a revision records: everything an editor writes, plus the workflow state. */
    ObjectNode state(Article article) {
        ObjectNode state = mapper.valueToTree(ArticleAssembler.toInput(article));
        state.put("summary", article.summary);
        state.put("summaryDerived", article.summaryDerived);
        state.put("status", article.status.name());
        state.set("publishedAt", mapper.valueToTree(article.publishedAt));
        return state;
    }

    ListResponse<RevisionView> list(UUID articleId) {
        List<RevisionView> views = Rows.query(em, "select " + SUMMARY + " from article_revision where article_id = :article"
                + " order by number desc", Map.of("article", articleId)).stream().map(row -> view(row, null)).toList();
        return new ListResponse<>(views, new ListMeta(views.size(), null, null, (long) views.size()));
    }

    RevisionView get(UUID articleId, int number) {
        List<Object[]> rows = Rows.query(em, "select " + SUMMARY + ", cast(state as text) from article_revision"
                + " where article_id = :article and number = :number", Map.of("article", articleId, "number", number));
        if (rows.isEmpty()) {
            throw new ProblemException(404, "not_found", "Not found", "The article has no revision " + number, null);
        }
        return view(rows.get(0), read(Rows.text(rows.get(0)[7])));
    }

    private static RevisionView view(Object[] row, JsonNode state) {
        String fields = Rows.text(row[5]);
        return new RevisionView(Rows.integer(row[0]), Rows.integer(row[1]), Rows.time(row[2]), Rows.text(row[3]),
                Rows.text(row[4]), fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                row[6] == null ? null : Rows.integer(row[6]), state);
    }

    private Object[] latest(UUID articleId) {
        List<Object[]> rows = Rows.query(em, "select number, cast(state as text) from article_revision where article_id = :article"
                + " order by number desc limit 1", Map.of("article", articleId));
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static List<String> present(ObjectNode state) {
        List<String> fields = new ArrayList<>();
        state.fieldNames().forEachRemaining(name -> {
            JsonNode value = state.get(name);
            if (!value.isNull() && !(value.isArray() && value.isEmpty())) {
                fields.add(name);
            }
        });
        return fields;
    }

    private static List<String> changed(JsonNode before, ObjectNode after) {
        TreeSet<String> names = new TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        List<String> changed = new ArrayList<>();
        for (Iterator<String> it = names.iterator(); it.hasNext();) {
            String name = it.next();
            JsonNode a = before.get(name);
            JsonNode b = after.get(name);
            boolean aEmpty = a == null || a.isNull();
            boolean bEmpty = b == null || b.isNull();
            if (aEmpty != bEmpty || (!aEmpty && !sameValue(a, b))) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** Timestamps compare as instants: the same time may be written with another offset. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isTextual() && b.isTextual()) {
            try {
                return OffsetDateTime.parse(a.asText()).isEqual(OffsetDateTime.parse(b.asText()));
            } catch (java.time.format.DateTimeParseException e) {
                return a.equals(b);
            }
        }
        return a.equals(b);
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored revision is not JSON", e);
        }
    }

    private String write(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
