package cn.tongpin.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a bulk export holds, table by table in the order an import must insert them (parents first).
 * A backup is the one place that reads every feature's tables: it copies rows as the database
 * holds them, so a restore keeps ids, slugs, versions, times and revisions exactly. API keys stay
 * out (their secrets must never leave), as do caches, leases, audit, idempotency and previews.
 * A table added by a later migration must be added here to be backed up. Its catalog reads run on
 * the export's or the import's JDBC connection.
 */
final class BulkTables {

    /** One kind of line: its name in the stream, its table, and how its rows are ordered. */
    record Table(String type, String name, String order) {
    }

    private static final String ORGANIZATION_DEPTH = "(with recursive tree(id, depth) as ("
            + "select id, 0 from organization where parent_id is null "
            + "union all select o.id, t.depth + 1 from organization o join tree t on o.parent_id = t.id) "
            + "select depth from tree where tree.id = t.id)";

    static final List<Table> TABLES = List.of(
            new Table("organization", "organization", ORGANIZATION_DEPTH + ", id"),
            new Table("topic", "topic", "id"),
            new Table("participant", "participant", "id"),
            new Table("participant-position", "participant_position", "participant_id, sort_order"),
            new Table("asset", "asset", "id"),
            new Table("asset-content", "asset_content", "asset_id"),
            new Table("meeting", "meeting", "id"),
            new Table("meeting-organization", "meeting_organization", "meeting_id, sort_order"),
            new Table("meeting-attendee", "meeting_attendee", "meeting_id, sort_order"),
            new Table("meeting-topic", "meeting_topic", "meeting_id, topic_id"),
            new Table("meeting-activity", "meeting_activity", "meeting_id, sort_order"),
            new Table("meeting-outcome", "meeting_outcome", "meeting_id, sort_order"),
            new Table("article", "article", "id"),
            new Table("article-topic", "article_topic", "article_id, topic_id"),
            new Table("article-participant", "article_participant", "article_id, participant_id"),
            new Table("article-organization", "article_organization", "article_id, organization_id"),
            new Table("article-body-asset", "article_body_asset", "article_id, asset_id"),
            new Table("article-revision", "article_revision", "article_id, number"),
            new Table("client", "api_client", "id"),
            new Table("client-origin", "api_client_origin", "client_id, sort_order"),
            new Table("demo-load", "demo_content_load", "name"));

    private static final Map<String, Table> BY_TYPE = TABLES.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Table::type, t -> t));

    private BulkTables() {
    }

    static Optional<Table> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The table's columns a row is written with (generated columns are made by the database). */
    static List<String> columns(Connection connection, String table) throws SQLException {
        return names(connection, table, "select column_name from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER' order by ordinal_position");
    }

    /** The primary key's columns, which say whether a row is already there. */
    static List<String> primaryKey(Connection connection, String table) throws SQLException {
        return names(connection, table, "select a.attname from pg_index i"
                + " join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)"
                + " where i.indrelid = cast(? as regclass) and i.indisprimary order by array_position(i.indkey, a.attnum)");
    }

    /** The first column of each row a catalog query about one table answers. */
    private static List<String> names(Connection connection, String table, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    /** The schema version the rows fit: Flyway's latest applied migration. */
    static String schemaVersion(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select version from flyway_schema_history"
                + " where success and version is not null order by installed_rank desc limit 1");
                ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getString(1) : "0";
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
