package cn.tongpin.importing;

import cn.tongpin.web.FieldError;
import cn.tongpin.web.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.tongpin.change.ContentChanged;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads an export stream in one transaction: each row is inserted unless a row with its primary
 * key is there already, so loading the same stream twice changes nothing. A line that does not
 * fit (bad JSON, unknown type, a reference to nothing, a slug another row has) rolls it all back
 * and is named by its number. Raw JDBC on the transaction's own connection (the pool enlists it in
 * the JTA transaction, so the rows commit or roll back with the changes announced after them): one
 * statement is prepared per table and run for every line, and the SQL state of a refused line says
 * why it was refused.
 */
@ApplicationScoped
public class BulkImport {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    Event<ContentChanged> changes;

    /** How many rows of each type were inserted and how many were there already. */
    public record Counts(int inserted, int skipped) {
    }

    @Transactional
    public Map<String, Counts> load(InputStream in) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, PreparedStatement> inserts = new HashMap<>();
        ImportedContent content = new ImportedContent();
        try (Connection connection = dataSource.getConnection();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            boolean header = false;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = parse(line, number);
                String type = node.path("type").asText("");
                if (!header) {
                    checkHeader(connection, node, number);
                    header = true;
                    continue;
                }
                String at = lineNumber(number);
                BulkTables.Table table = BulkTables.byType(type).orElseThrow(() -> bad(at,
                        "has an unknown type '" + cn.tongpin.web.Texts.abbreviate(type, 50) + "'"));
                JsonNode data = node.get("data");
                if (data == null || !data.isObject()) {
                    throw bad(lineNumber(number), "has no data object");
                }
                PreparedStatement insert = inserts.computeIfAbsent(table.name(), name -> prepare(connection, name));
                int inserted = insert(insert, data.toString(), number);
                counts.computeIfAbsent(type, t -> new int[2])[inserted == 1 ? 0 : 1]++;
                if (inserted == 1) {
                    content.inserted(type, data);
                }
            }
            if (!header) {
                throw bad("$", "is empty: an export starts with its header line");
            }
            for (PreparedStatement statement : inserts.values()) {
                statement.close();
            }
            content.announce(connection, changes::fire);
        } catch (SQLException e) {
            throw new IllegalStateException("Import failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new Counts(e.getValue()[0], e.getValue()[1]),
                (a, b) -> a, LinkedHashMap::new));
    }

    private void checkHeader(Connection connection, JsonNode node, int number) throws SQLException {
        if (!"header".equals(node.path("type").asText()) || !BulkExport.FORMAT.equals(node.path("format").asText())
                || node.path("version").asInt() != BulkExport.FORMAT_VERSION) {
            throw bad(lineNumber(number), "must be the header of a " + BulkExport.FORMAT + " version " + BulkExport.FORMAT_VERSION
                    + " stream");
        }
        String schema = BulkTables.schemaVersion(connection);
        if (!schema.equals(node.path("schema").asText())) {
            throw ProblemException.unprocessable("schema_mismatch", "The stream was exported at schema version '"
                    + cn.tongpin.web.Texts.abbreviate(node.path("schema").asText(), 20) + "'; this database is at '" + schema + "'",
                    List.of(new FieldError(lineNumber(number), "schema version differs")));
        }
    }

    private static PreparedStatement prepare(Connection connection, String table) {
        try {
            String columns = BulkTables.columns(connection, table).stream().map(BulkTables::quoted).collect(Collectors.joining(", "));
            String key = BulkTables.primaryKey(connection, table).stream().map(BulkTables::quoted).collect(Collectors.joining(", "));
            String name = BulkTables.quoted(table);
            return connection.prepareStatement("insert into " + name + " (" + columns + ") select " + columns
                    + " from json_populate_record(cast(null as " + name + "), cast(? as json)) on conflict (" + key + ") do nothing");
        } catch (SQLException e) {
            throw new IllegalStateException("Insert for " + table + " could not be prepared", e);
        }
    }

    private static int insert(PreparedStatement insert, String json, int number) {
        try {
            insert.setString(1, json);
            return insert.executeUpdate();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String why = switch (state) {
                case "23503" -> "refers to a row that is neither in the database nor earlier in the stream";
                case "23505" -> "has a value (such as a slug) that another row already has";
                case "23502" -> "lacks a required value";
                default -> state.startsWith("22") ? "has a value of the wrong form" : "does not fit the database";
            };
            throw ProblemException.unprocessable("bulk_line_rejected", "Line " + number + " " + why + "; nothing was imported",
                    List.of(new FieldError(lineNumber(number), why)));
        }
    }

    private JsonNode parse(String line, int number) {
        try {
            JsonNode node = mapper.readTree(line);
            if (node == null || !node.isObject()) {
                throw bad(lineNumber(number), "must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw bad(lineNumber(number), "is not JSON");
        }
    }

    private static String lineNumber(int number) {
        return "line " + number;
    }

    private static ProblemException bad(String field, String message) {
        return ProblemException.badRequest("The stream is not a valid export: " + field + " " + message, List.of(new FieldError(field, message)));
    }
}
