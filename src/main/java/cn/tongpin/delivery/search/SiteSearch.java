package cn.tongpin.delivery.search;

import cn.tongpin.delivery.cache.Built;
import cn.tongpin.delivery.read.ListAnswer;
import cn.tongpin.delivery.read.OrganizationDelivery;
import cn.tongpin.delivery.read.RankedSearch;
import cn.tongpin.delivery.read.References;
import cn.tongpin.persistence.Rows;
import cn.tongpin.listing.ListParams;
import cn.tongpin.search.Highlighter;
import cn.tongpin.search.SearchMatcher;
import cn.tongpin.search.SearchQuery;
import cn.tongpin.web.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code /content/v1/search}: one query over every searchable type, ranked together, with facets
 * (type, topic, organization, year) and highlighted snippets. A bounded number of statements:
 * the matches with their topics and organizations (and the setting around them, see
 * {@link SearchMatcher}), the names of the topics and of the organizations counted, and one per
 * type shown on the page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteSearch {

    static final int FACET_VALUES = 20;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    SearchMatcher matcher;

    private final List<SearchType> types = SearchType.ALL;

    /** A match, best first in the list of matches: what it is, when, and its topics and organizations. */
    record Hit(SearchType type, UUID id, OffsetDateTime at, List<UUID> topics, List<UUID> organizations) {
    }

    /** The facet filters of one request. */
    record Filters(Set<String> types, UUID topic, UUID organization, Integer year) {
    }

    public Built search(SearchParams p, UriInfo uri) {
        SearchQuery query = SearchQuery.parse(p.q, "q");
        Filters filters = new Filters(types(p.type),
                p.topic == null ? null : References.topic(p.topic, "topic"),
                p.organization == null ? null : References.organization(p.organization, "organization"),
                p.year == null ? null : ListParams.number(p.year, "year", 0, 1900, 2200));
        int limit = ListParams.number(p.limit, "limit", ListParams.DEFAULT_LIMIT, 1, ListParams.MAX_LIMIT);
        int page = ListParams.number(p.page, "page", 1, 1, RankedSearch.MAX_RESULTS);

        List<Hit> hits = matches(query);
        Predicate<Hit> byType = h -> filters.types().isEmpty() || filters.types().contains(h.type().name());
        Predicate<Hit> byTopic = h -> filters.topic() == null || h.topics().contains(filters.topic());
        Predicate<Hit> byOrganization = h -> filters.organization() == null
                || h.organizations().contains(filters.organization());
        Predicate<Hit> byYear = h -> filters.year() == null || (h.at() != null && year(h.at()) == filters.year());

        List<Hit> shown = hits.stream().filter(byType.and(byTopic).and(byOrganization).and(byYear)).toList();
        SearchResult.Facets facets = new SearchResult.Facets(
                counts(hits.stream().filter(byTopic.and(byOrganization).and(byYear)).map(h -> h.type().name()).toList()),
                counts(hits.stream().filter(byType.and(byOrganization).and(byYear)).flatMap(h -> h.topics().stream()).toList(),
                        "topic"),
                counts(hits.stream().filter(byType.and(byTopic).and(byYear)).flatMap(h -> h.organizations().stream()).toList(),
                        "organization"),
                counts(hits.stream().filter(byType.and(byTopic).and(byOrganization)).filter(h -> h.at() != null)
                        .map(h -> Integer.toString(year(h.at()))).toList()));
        int from = Math.min((page - 1) * limit, shown.size());
        List<Hit> slice = shown.subList(from, Math.min(from + limit, shown.size()));
        SearchResult.Page answer = new SearchResult.Page(results(slice, query), facets,
                new SearchResult.Meta(limit, page, shown.size()));
        ObjectNode body = mapper.valueToTree(answer);
        String link = from + limit < shown.size() ? ListAnswer.next(uri, new cn.tongpin.listing.ListMeta(limit, null, page, null), true)
                : null;
        return new Built(body, link);
    }

    private List<Hit> matches(SearchQuery query) {
        Map<String, SearchType> byName = types.stream().collect(Collectors.toMap(SearchType::name, t -> t));
        return matcher.find(types.stream().map(SearchType::scope).toList(), query, RankedSearch.MAX_RESULTS).stream()
                .map(m -> new Hit(byName.get(m.scope()), m.id(), m.at(), m.related().get(0), m.related().get(1)))
                .toList();
    }

    /** Counts per value, most first. */
    private static List<SearchResult.Count> counts(List<String> values) {
        return top(values.stream().collect(Collectors.groupingBy((String v) -> v, Collectors.counting()))).stream()
                .map(e -> new SearchResult.Count(e.getKey(), null, e.getValue()))
                .toList();
    }

    /** Counts per related topic or organization, most first, shown by slug and name (one statement). */
    private List<SearchResult.Count> counts(List<UUID> related, String table) {
        List<Map.Entry<UUID, Long>> top = top(related.stream().collect(Collectors.groupingBy((UUID v) -> v, Collectors.counting())));
        if (top.isEmpty()) {
            return List.of();
        }
        Map<UUID, String[]> names = new HashMap<>();
        for (Object[] r : Rows.query(em, "select id, slug, name from " + table + " where id in (:ids)",
                Map.of("ids", top.stream().map(Map.Entry::getKey).toList()))) {
            names.put(Rows.uuid(r[0]), new String[] { Rows.text(r[1]), Rows.text(r[2]) });
        }
        return top.stream().filter(e -> names.containsKey(e.getKey()))
                .map(e -> new SearchResult.Count(names.get(e.getKey())[0], names.get(e.getKey())[1], e.getValue()))
                .toList();
    }

    /** The {@link #FACET_VALUES} most frequent values; equal counts in the order of their keys' text. */
    private static <K> List<Map.Entry<K, Long>> top(Map<K, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed().thenComparing(e -> e.getKey().toString()))
                .limit(FACET_VALUES)
                .toList();
    }

    /** The page's hits with slug, title and a highlighted snippet: one statement per type on the page. */
    private List<SearchResult> results(List<Hit> slice, SearchQuery query) {
        Map<SearchType, List<UUID>> idsByType = new LinkedHashMap<>();
        slice.forEach(h -> idsByType.computeIfAbsent(h.type(), k -> new ArrayList<>()).add(h.id()));
        Map<UUID, String[]> texts = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            for (Object[] r : Rows.query(em, "select id, slug, " + type.title() + ", " + type.text() + " from " + type.table()
                    + " where id in (:ids)", Map.of("ids", ids))) {
                texts.put(Rows.uuid(r[0]), new String[] { Rows.text(r[1]), Rows.text(r[2]), Rows.text(r[3]) });
            }
        });
        List<SearchResult> results = new ArrayList<>();
        for (Hit hit : slice) {
            String[] t = texts.get(hit.id());
            if (t == null) {
                continue; // removed since it matched
            }
            String snippet = Highlighter.snippet(t[2], query);
            if (snippet == null) {
                snippet = Highlighter.snippet(t[1], query);
            }
            if (snippet == null) {
                snippet = Highlighter.excerpt(t[2]);
            }
            results.add(new SearchResult(hit.type().name(), hit.id(), t[0], t[1], snippet, hit.at(), hit.type().path() + t[0]));
        }
        return results;
    }

    private Set<String> types(String text) {
        Set<String> chosen = new LinkedHashSet<>();
        if (text == null) {
            return chosen;
        }
        Set<String> known = types.stream().map(SearchType::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (String part : text.split(",", -1)) {
            if (!known.contains(part.trim())) {
                throw ProblemException.badParameter("type", "must be one or more of " + String.join(", ", known));
            }
            chosen.add(part.trim());
        }
        return chosen;
    }

    private static int year(OffsetDateTime at) {
        return at.atZoneSameInstant(OrganizationDelivery.CHINA).getYear();
    }
}
