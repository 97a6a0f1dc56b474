package dev.quiver.store;

import dev.quiver.core.asset.AssetId;
import dev.quiver.core.time.DateRange;
import dev.quiver.core.time.Interval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code coverage} table: one row per (asset, interval, date range, source), holding when that
 * stretch was last fetched; fetching it again updates the time rather than adding a row.
 */
final class CoverageTable {

    private static final String UPSERT = "INSERT INTO coverage (asset_id, interval, start_date, end_date, source,"
            + " fetched_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (asset_id, interval, start_date, end_date, source)"
            + " DO UPDATE SET fetched_at = excluded.fetched_at";
    private static final String LIST = "SELECT interval, start_date, end_date, source, fetched_at FROM coverage"
            + " WHERE asset_id = ? ORDER BY start_date, end_date, interval, source";

    private CoverageTable() {}

    /** Records {@code coverage} for the asset of row key {@code asset}. */
    static void upsert(Connection connection, long asset, CoverageRecord coverage) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setLong(1, asset);
            upsert.setString(2, coverage.interval().code());
            upsert.setString(3, coverage.range().startInclusive().toString());
            upsert.setString(4, coverage.range().endExclusive().toString());
            upsert.setString(5, coverage.source());
            upsert.setString(6, coverage.fetchedAt().toString());
            upsert.executeUpdate();
        }
    }

    /** The coverage of {@code stored}, ascending by range. */
    static List<CoverageRecord> list(Connection connection, StoredAsset stored) throws SQLException {
        AssetId id = stored.asset().id();
        List<CoverageRecord> records = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement(LIST)) {
            list.setLong(1, stored.key());
            try (ResultSet row = list.executeQuery()) {
                while (row.next()) {
                    records.add(new CoverageRecord(
                            id,
                            Interval.parse(row.getString(1)),
                            new DateRange(LocalDate.parse(row.getString(2)), LocalDate.parse(row.getString(3))),
                            row.getString(4),
                            Instant.parse(row.getString(5))));
                }
            }
        }
        return records;
    }
}
