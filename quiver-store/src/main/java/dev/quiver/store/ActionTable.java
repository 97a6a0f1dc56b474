package dev.quiver.store;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code corporate_action} table: splits (value = ratio) and cash dividends (value = cash per
 * share), keyed by (asset, ex-date, kind), with ISO ex-dates.
 */
final class ActionTable {

    private static final String SPLIT = "split";
    private static final String DIVIDEND = "dividend";
    private static final String UPSERT = "INSERT INTO corporate_action (asset_id, ex_date, kind, value, origin)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (asset_id, ex_date, kind) DO UPDATE SET value = excluded.value,"
            + " origin = excluded.origin";
    private static final String LIST =
            "SELECT ex_date, kind, value, origin FROM corporate_action WHERE asset_id = ? ORDER BY ex_date, kind";

    private ActionTable() {}

    /** Inserts or replaces {@code actions} for the asset of row key {@code asset}. */
    static int upsert(Connection connection, long asset, List<CorporateAction> actions) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (CorporateAction action : actions) {
                upsert.setLong(1, asset);
                upsert.setString(2, action.exDate().toString());
                if (action instanceof Split split) {
                    upsert.setString(3, SPLIT);
                    upsert.setDouble(4, split.ratio());
                } else {
                    upsert.setString(3, DIVIDEND);
                    upsert.setDouble(4, ((CashDividend) action).amount());
                }
                upsert.setString(5, action.origin().name().toLowerCase(Locale.ROOT));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return actions.size();
    }

    /** The actions of the asset of row key {@code asset}, ascending by ex-date. */
    static List<CorporateAction> list(Connection connection, long asset) throws SQLException {
        List<CorporateAction> actions = new ArrayList<>();
        try (PreparedStatement list = connection.prepareStatement(LIST)) {
            list.setLong(1, asset);
            try (ResultSet row = list.executeQuery()) {
                while (row.next()) {
                    actions.add(read(row));
                }
            }
        }
        return actions;
    }

    private static CorporateAction read(ResultSet row) throws SQLException {
        LocalDate exDate = LocalDate.parse(row.getString(1));
        double value = row.getDouble(3);
        ActionOrigin origin = ActionOrigin.valueOf(row.getString(4).toUpperCase(Locale.ROOT));
        return SPLIT.equals(row.getString(2))
                ? new Split(exDate, value, origin)
                : new CashDividend(exDate, value, origin);
    }
}
