package dev.quiver.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Counts what the store holds for one asset, for {@link AssetSummary}. */
final class SummaryQuery {

    private static final String BARS = "SELECT count(*), min(ts), max(ts) FROM bar WHERE asset_id = ?";
    private static final String ACTIONS =
            "SELECT coalesce(sum(kind = 'split'), 0), coalesce(sum(kind = 'dividend'), 0),"
                    + " coalesce(sum(origin = 'inferred'), 0) FROM corporate_action WHERE asset_id = ?";

    private SummaryQuery() {}

    /** The summary of {@code stored}, counted over every interval. */
    static AssetSummary summarise(Connection connection, StoredAsset stored) throws SQLException {
        try (PreparedStatement bars = connection.prepareStatement(BARS);
                PreparedStatement actions = connection.prepareStatement(ACTIONS)) {
            bars.setLong(1, stored.key());
            actions.setLong(1, stored.key());
            try (ResultSet b = bars.executeQuery();
                    ResultSet a = actions.executeQuery()) {
                b.next();
                a.next();
                int count = b.getInt(1);
                Instant first = count == 0 ? null : Instant.ofEpochSecond(b.getLong(2));
                Instant last = count == 0 ? null : Instant.ofEpochSecond(b.getLong(3));
                return new AssetSummary(stored.asset(), count, first, last, a.getInt(1), a.getInt(2), a.getInt(3));
            }
        }
    }
}
