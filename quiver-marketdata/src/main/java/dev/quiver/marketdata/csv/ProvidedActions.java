package dev.quiver.marketdata.csv;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the event columns (zipline {@code dividend}/{@code split}, yfinance {@code Dividends}/{@code
 * Stock Splits}/{@code Capital Gains}) and reconstructs raw prices from split-adjusted ones.
 *
 * <p>A split cell of 0 or 1 means no split. For each split the close-to-close move on its date tells
 * how the file is written around it: a move near {@code 1 / v} means raw prices and {@code v} new
 * shares per old share (the convention of both zipline and yfinance, seen as AAPL 7.0 on 2014-06-09
 * and KO 2.0 on 2012-08-13); a move near {@code v} means raw prices and the inverse convention ({@code
 * 1 / v} new shares per old share); a move near 1 means split-adjusted prices, where the two
 * conventions cannot be told apart and {@code v} is taken as new shares per old share. Prices before
 * an adjusted split are multiplied by its ratio (volumes divided) to give raw prices, and dividends,
 * stated per split-adjusted share, are multiplied likewise to give the amounts as paid.
 *
 * <p>Capital gains distributions are added to the dividend of the same date: a cash distribution
 * lowers the price the same way, and Yahoo's adjusted close accounts for both. Stateless.
 */
final class ProvidedActions {

    private ProvidedActions() {}

    /**
     * The raw-price factors and the provided actions.
     *
     * @throws CsvFormatException if a dividend is not smaller than the raw close before it
     */
    static Reconstruction read(ParsedRows rows) {
        int n = rows.size();
        double[] close = rows.values(Column.CLOSE);
        double[] factor = new double[n];
        double[] splitAt = new double[n];
        List<CorporateAction> actions = new ArrayList<>();
        double later = 1.0;
        for (int i = n - 1; i >= 0; i--) {
            factor[i] = later;
            splitAt[i] = 1.0;
            double v = cell(rows, Column.SPLIT, i);
            if (v != 0 && v != 1) {
                double jump = i == 0 ? 1.0 : close[i] / close[i - 1];
                double toRaw = Math.abs(Math.log(jump * v));
                double toInverse = Math.abs(Math.log(jump / v));
                double toAdjusted = Math.abs(Math.log(jump));
                boolean inverse = toInverse < Math.min(toRaw, toAdjusted);
                boolean adjusted = !inverse && toAdjusted <= toRaw;
                splitAt[i] = inverse ? 1 / v : v;
                if (adjusted) {
                    later *= splitAt[i];
                }
                actions.add(new Split(date(rows, i), splitAt[i], ActionOrigin.PROVIDED));
            }
        }
        for (int i = 0; i < n; i++) {
            double amount = (cell(rows, Column.DIVIDEND, i) + cell(rows, Column.CAPITAL_GAINS, i)) * factor[i];
            if (amount == 0) {
                continue;
            }
            if (i > 0 && amount >= close[i - 1] * factor[i - 1] / splitAt[i]) {
                throw rows.error(
                        i,
                        rows.has(Column.DIVIDEND) ? Column.DIVIDEND : Column.CAPITAL_GAINS,
                        "distribution of " + amount + " is not smaller than the close before it");
            }
            actions.add(new CashDividend(date(rows, i), amount, ActionOrigin.PROVIDED));
        }
        return new Reconstruction(factor, actions);
    }

    private static double cell(ParsedRows rows, Column column, int i) {
        return rows.has(column) ? rows.values(column)[i] : 0.0;
    }

    private static LocalDate date(ParsedRows rows, int i) {
        return LocalDate.ofEpochDay(rows.day(i));
    }
}
