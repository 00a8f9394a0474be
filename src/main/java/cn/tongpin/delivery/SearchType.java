package cn.tongpin.delivery;

import cn.tongpin.search.SearchMatcher;

/**
 * One kind of item the cross-type search covers: where its rows are, which are public, and the SQL
 * that relates its items to topics and organizations (for facets), or null when it has none.
 *
 * @param date the column used for the year facet and for ordering equal ranks, or null
 * @param topics SQL giving {@code (item_id, topic_id)} for {@code :ids} (a uuid array)
 * @param organizations SQL giving {@code (item_id, organization_id)} for {@code :ids}
 */
record SearchType(String name, String table, String condition, String date, String title, String text, String path,
        String topics, String organizations) {

    static final SearchType ARTICLE = new SearchType("article", "article", "status = 'published'", "published_at", "title",
            "body_text", "/content/v1/articles/",
            "select article_id, topic_id from article_topic where article_id = any(cast(:ids as uuid[]))",
            "select article_id, organization_id from article_organization where article_id = any(cast(:ids as uuid[]))"
                    + " union select id, source_organization_id from article where id = any(cast(:ids as uuid[])) and source_organization_id is not null");
    static final SearchType MEETING = new SearchType("meeting", "meeting", "status = 'published'", "starts_at", "title",
            "summary", "/content/v1/meetings/",
            "select meeting_id, topic_id from meeting_topic where meeting_id = any(cast(:ids as uuid[]))",
            "select meeting_id, organization_id from meeting_organization where meeting_id = any(cast(:ids as uuid[]))"
                    + " union select id, host_organization_id from meeting where id = any(cast(:ids as uuid[])) and host_organization_id is not null");
    static final SearchType ORGANIZATION = new SearchType("organization", "organization", "true", null, "name",
            "description", "/content/v1/organizations/", null,
            "select id, id from organization where id = any(cast(:ids as uuid[]))");
    static final SearchType PARTICIPANT = new SearchType("participant", "participant", "true", null, "name", "bio",
            "/content/v1/participants/", null,
            "select participant_id, organization_id from participant_position where participant_id = any(cast(:ids as uuid[]))");
    static final SearchType TOPIC = new SearchType("topic", "topic", "true", null, "name", "description",
            "/content/v1/topics/", "select id, id from topic where id = any(cast(:ids as uuid[]))", null);

    SearchMatcher.Scope scope() {
        return new SearchMatcher.Scope(name, table, condition, date);
    }
}
