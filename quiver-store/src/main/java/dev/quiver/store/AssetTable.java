package dev.quiver.store;

import dev.quiver.core.asset.Asset;
import dev.quiver.core.asset.AssetClass;
import dev.quiver.core.asset.AssetId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code asset} table: one row per symbol with its class code, name, currency, exchange and zone. */
final class AssetTable {

    private static final String UPSERT = "INSERT INTO asset (symbol, class_code, name, currency, exchange, zone_id)"
            + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (symbol) DO UPDATE SET class_code = excluded.class_code,"
            + " name = excluded.name, currency = excluded.currency, exchange = excluded.exchange,"
            + " zone_id = excluded.zone_id RETURNING asset_id";
    private static final String COLUMNS =
            "SELECT asset_id, symbol, class_code, name, currency, exchange, zone_id FROM asset";

    private AssetTable() {}

    /** Inserts or updates {@code asset}, keyed by its symbol, and returns its row key. */
    static long upsert(Connection connection, Asset asset) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, asset.id().symbol());
            upsert.setString(2, asset.assetClass().code());
            upsert.setString(3, asset.name());
            upsert.setString(4, asset.currency());
            upsert.setString(5, asset.exchange());
            upsert.setString(6, asset.zone().getId());
            try (ResultSet key = upsert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    /** Raises the revision of the asset with that key. */
    static void raiseRevision(Connection connection, long key) throws SQLException {
        try (PreparedStatement raise =
                connection.prepareStatement("UPDATE asset SET revision = revision + 1 WHERE asset_id = ?")) {
            raise.setLong(1, key);
            raise.executeUpdate();
        }
    }

    /** The revision of the asset with that key. */
    static long revision(Connection connection, long key) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT revision FROM asset WHERE asset_id = ?")) {
            read.setLong(1, key);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** The stored asset of that symbol, if there is one. */
    static Optional<StoredAsset> find(Connection connection, AssetId id) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(COLUMNS + " WHERE symbol = ?")) {
            find.setString(1, id.symbol());
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /** Every stored asset, by symbol. */
    static List<Asset> all(Connection connection) throws SQLException {
        List<Asset> assets = new ArrayList<>();
        try (PreparedStatement all = connection.prepareStatement(COLUMNS + " ORDER BY symbol");
                ResultSet row = all.executeQuery()) {
            while (row.next()) {
                assets.add(read(row).asset());
            }
        }
        return assets;
    }

    private static StoredAsset read(ResultSet row) throws SQLException {
        Asset asset = Asset.of(
                AssetClass.parse(row.getString(3)),
                AssetId.of(row.getString(2)),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                ZoneId.of(row.getString(7)));
        return new StoredAsset(row.getLong(1), asset);
    }
}
