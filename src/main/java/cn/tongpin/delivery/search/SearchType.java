package cn.tongpin.delivery.search;

import cn.tongpin.search.SearchMatcher;
import java.util.Arrays;
import java.util.List;

/**
 * One kind of item the cross-type search covers: where its rows are, which are public, and how its
 * items relate to topics and organizations (for facets).
 *
 * @param date the column used for the year facet and for ordering equal ranks, or null
 * @param carried the columns of the table that {@code topics} and {@code organizations} read, or ""
 * @param topics SQL over a match {@code m} giving its topic ids as a {@code uuid[]}
 * @param organizations SQL over a match {@code m} giving its organization ids as a {@code uuid[]}
 */
record SearchType(String name, String table, String condition, String date, String title, String text, String path,
        String carried, String topics, String organizations) {

    private static final String NONE = "cast(null as uuid[])";

    static final SearchType ARTICLE = new SearchType("article", "article", "status = 'published'", "published_at", "title",
            "body_text", "/content/v1/articles/", ", source_organization_id",
            "array(select topic_id from article_topic where article_id = m.id)",
            "array(select organization_id from article_organization where article_id = m.id) || m.source_organization_id");
    static final SearchType MEETING = new SearchType("meeting", "meeting", "status = 'published'", "starts_at", "title",
            "summary", "/content/v1/meetings/", ", host_organization_id",
            "array(select topic_id from meeting_topic where meeting_id = m.id)",
            "array(select organization_id from meeting_organization where meeting_id = m.id) || m.host_organization_id");
    static final SearchType ORGANIZATION = new SearchType("organization", "organization", "true", null, "name",
            "description", "/content/v1/organizations/", "", NONE, "array[m.id]");
    static final SearchType PARTICIPANT = new SearchType("participant", "participant", "true", null, "name", "bio",
            "/content/v1/participants/", "", NONE,
            "array(select organization_id from participant_position where participant_id = m.id)");
    static final SearchType TOPIC = new SearchType("topic", "topic", "true", null, "name", "description",
            "/content/v1/topics/", "", "array[m.id]", NONE);

    static final List<SearchType> ALL = List.of(ARTICLE, MEETING, ORGANIZATION, PARTICIPANT, TOPIC);

    /** Where to search, reading each match's topics (first) and organizations (second) along. */
    SearchMatcher.Scope scope() {
        return new SearchMatcher.Scope(name, table, condition, date, carried, Arrays.asList(topics, organizations));
    }
}
