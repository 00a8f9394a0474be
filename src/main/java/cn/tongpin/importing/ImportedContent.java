package cn.tongpin.importing;

import cn.tongpin.change.ChangeKind;
import cn.tongpin.change.ContentChanged;
import cn.tongpin.change.ContentType;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The items of content a bulk import inserted, announced as created once the whole stream is in
 * (the rows that file an item under topics and organizations come after the item's own line).
 * It reads on the import's JDBC connection, in the import's transaction.
 */
final class ImportedContent {

    private record Item(ContentType type, UUID id, String slug, long version, boolean visible) {
    }

    /** Per type: the statement that finds the organizations and topics of the items (ids as a uuid[]). */
    private static final Map<ContentType, String[]> RELATIONS = Map.of(
            ContentType.ARTICLE, new String[] {
                "select id, source_organization_id from article where id = any(?) and source_organization_id is not null"
                        + " union all select article_id, organization_id from article_organization where article_id = any(?)",
                "select article_id, topic_id from article_topic where article_id = any(?)"},
            ContentType.MEETING, new String[] {
                "select id, host_organization_id from meeting where id = any(?) and host_organization_id is not null"
                        + " union all select meeting_id, organization_id from meeting_organization where meeting_id = any(?)",
                "select meeting_id, topic_id from meeting_topic where meeting_id = any(?)"},
            ContentType.PARTICIPANT, new String[] {
                "select participant_id, organization_id from participant_position where participant_id = any(?)", null});

    private final List<Item> items = new ArrayList<>();

    /** Notes a row the import inserted; rows of tables that are not content are ignored. */
    void inserted(String type, JsonNode data) {
        ContentType content = ContentType.fromWireName(type);
        if (content == null) {
            return;
        }
        boolean published = "published".equals(data.path("status").asText());
        boolean visible = switch (content) {
            case ARTICLE, MEETING -> published;
            case ORGANIZATION, PARTICIPANT, TOPIC -> true;
        };
        items.add(new Item(content, UUID.fromString(data.path("id").asText()), data.path("slug").asText(null),
                data.path("version").asLong(1), visible));
    }

    void announce(Connection connection, Consumer<ContentChanged> events) throws SQLException {
        Map<ContentType, List<UUID>> byType = new HashMap<>();
        items.forEach(item -> byType.computeIfAbsent(item.type(), t -> new ArrayList<>()).add(item.id()));
        Map<UUID, Set<UUID>> organizations = new HashMap<>();
        Map<UUID, Set<UUID>> topics = new HashMap<>();
        for (var entry : byType.entrySet()) {
            String[] relations = RELATIONS.get(entry.getKey());
            if (relations == null) {
                continue;
            }
            UUID[] ids = entry.getValue().toArray(UUID[]::new);
            collect(connection, relations[0], ids, organizations);
            if (relations[1] != null) {
                collect(connection, relations[1], ids, topics);
            }
        }
        for (Item item : items) {
            Set<UUID> orgs = switch (item.type()) {
                case ORGANIZATION -> Set.of(item.id());
                default -> organizations.getOrDefault(item.id(), Set.of());
            };
            Set<UUID> filed = item.type() == ContentType.TOPIC ? Set.of(item.id()) : topics.getOrDefault(item.id(), Set.of());
            events.accept(new ContentChanged(item.type(), item.id(), item.slug(), ChangeKind.CREATED, item.version(), item.visible(),
                    orgs, filed));
        }
    }

    private static void collect(Connection connection, String sql, UUID[] ids, Map<UUID, Set<UUID>> into) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            int parameters = sql.split("any\\(\\?\\)", -1).length - 1;
            for (int i = 1; i <= parameters; i++) {
                query.setArray(i, connection.createArrayOf("uuid", ids));
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    into.computeIfAbsent(rows.getObject(1, UUID.class), k -> new LinkedHashSet<>()).add(rows.getObject(2, UUID.class));
                }
            }
        }
    }
}
