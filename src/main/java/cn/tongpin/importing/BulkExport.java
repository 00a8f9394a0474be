package cn.tongpin.importing;

import cn.tongpin.persistence.OwnConnection;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes everything as NDJSON, one row a line ({"type":…,"data":{…}}), after a header line naming
 * the format and schema version, from one read-only snapshot so the lines agree with each other.
 * Rows come in primary-key order, so exporting the same data twice gives the same bytes. Raw JDBC
 * on a connection of its own ({@link OwnConnection#snapshot}): the rows stream with a fetch size,
 * already written as JSON by PostgreSQL, from a repeatable-read snapshot no JPA transaction holds.
 */
@ApplicationScoped
public class BulkExport {

    static final String FORMAT = "tongpin-export";
    static final int FORMAT_VERSION = 1;
    private static final int FETCH_SIZE = 500;

    @Inject
    AgroalDataSource dataSource;

    public void write(OutputStream out) {
        try {
            OwnConnection.snapshot(dataSource, connection -> {
                try {
                    line(out, "{\"type\":\"header\",\"format\":\"" + FORMAT + "\",\"version\":" + FORMAT_VERSION
                            + ",\"schema\":\"" + BulkTables.schemaVersion(connection) + "\"}");
                    for (BulkTables.Table table : BulkTables.TABLES) {
                        rows(connection, table, out);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            out.flush();
        } catch (SQLException e) {
            throw new IllegalStateException("Export failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(Connection connection, BulkTables.Table table, OutputStream out) throws SQLException, IOException {
        List<String> columns = BulkTables.columns(connection, table.name());
        String select = columns.stream().map(BulkTables::quoted).collect(Collectors.joining(", "));
        String sql = "select '{\"type\":\"' || cast(? as text) || '\",\"data\":' || cast(row_to_json(r) as text) || '}' from (select " + select
                + " from " + BulkTables.quoted(table.name()) + " t order by " + table.order() + ") r";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, table.type());
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    line(out, rows.getString(1));
                }
            }
        }
    }

    private static void line(OutputStream out, String json) throws IOException {
        out.write(json.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
