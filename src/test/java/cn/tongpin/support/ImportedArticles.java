package cn.tongpin.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Articles written straight into the database, around the service, as a bulk import would: slugs
 * {@code prefix-1 … prefix-n}, one change time for all, optionally under one topic.
 */
public final class ImportedArticles {

    private ImportedArticles() {
    }

    /**
     * @param status draft or published
     * @param secondsAgo how long ago they were stamped (published, created and updated)
     * @param topic the topic id they are filed under, or null
     * @return how many were filed under the topic
     */
    public static int insert(DataSource dataSource, String prefix, int count, String status, int secondsAgo, UUID topic)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into article (id, slug, title, summary,"
                        + " summary_derived, body_format, body_text, locale, status, published_at, created_at, updated_at, version)"
                        + " select gen_random_uuid(), ? || '-' || g, '批量稿件' || g, '批量摘要', false, 'markdown', '批量正文', 'zh-Hans', ?,"
                        + " case when ? = 'published' then now() - make_interval(secs => ?) end,"
                        + " now() - make_interval(secs => ?), now() - make_interval(secs => ?), 1 from generate_series(1, ?) g");
                PreparedStatement link = connection.prepareStatement("insert into article_topic (article_id, topic_id)"
                        + " select id, ? from article where slug like ? || '-%'")) {
            insert.setString(1, prefix);
            insert.setString(2, status);
            insert.setString(3, status);
            for (int i = 4; i <= 6; i++) {
                insert.setInt(i, secondsAgo);
            }
            insert.setInt(7, count);
            insert.executeUpdate();
            if (topic == null) {
                return 0;
            }
            link.setObject(1, topic);
            link.setString(2, prefix);
            return link.executeUpdate();
        }
    }

    /**
     * One published article with exactly these texts, as an import that never passed the service's
     * checks could leave it (the body is stored as already sanitised HTML).
     *
     * @return its id
     */
    public static UUID insertPublished(DataSource dataSource, String slug, String title, String summary, String bodyHtml,
            String byline) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into article (id, slug, title, summary,"
                        + " summary_derived, body_format, body_source, body_html, body_text, byline, locale, status, published_at,"
                        + " created_at, updated_at, version) values (?, ?, ?, ?, false, 'html', ?, ?, ?, ?, 'zh-Hans', 'published',"
                        + " now(), now(), now(), 1)")) {
            insert.setObject(1, id);
            insert.setString(2, slug);
            insert.setString(3, title);
            insert.setString(4, summary);
            insert.setString(5, bodyHtml);
            insert.setString(6, bodyHtml);
            insert.setString(7, bodyHtml);
            insert.setString(8, byline);
            insert.executeUpdate();
        }
        return id;
    }

    /** Removes them again, so that no other test counts them. */
    public static void delete(DataSource dataSource, String prefix) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("delete from article where slug like ? || '-%'")) {
            delete.setString(1, prefix);
            delete.executeUpdate();
        }
    }
}
