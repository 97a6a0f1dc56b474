package dev.quiver.core.series;

import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes the split-adjusted and total-return views of raw bars from corporate actions, on read.
 *
 * <p>Walking back from the newest bar, every action whose ex-date lies after a bar's session date
 * applies to it: a split divides its prices by the ratio and multiplies its volume by it; a cash
 * dividend (total view only) multiplies its prices by {@code 1 - amount / reference}, where the
 * reference is the raw close of the last session before the ex-date, expressed in shares of the
 * ex-date (the CRSP and Yahoo method). Actions after the last bar apply to every bar. Stateless and
 * thread-safe. On a date with both, the split applies first: the dividend is in post-split shares.
 */
public final class PriceAdjuster {

    private PriceAdjuster() {}

    /**
     * The view of {@code raw} under {@code adjustment}.
     *
     * @param raw bars as traded, ascending
     * @param actions the asset's corporate actions, in any order
     * @param adjustment the view wanted; {@link Adjustment#RAW} returns {@code raw} itself
     * @param zone the zone in which bar times give session dates
     * @throws IllegalArgumentException if a dividend is not smaller than the close it is paid from
     */
    public static BarSeries adjust(
            BarSeries raw, List<? extends CorporateAction> actions, Adjustment adjustment, ZoneId zone) {
        if (adjustment == Adjustment.RAW || actions.isEmpty() || raw.isEmpty()) {
            return raw;
        }
        List<CorporateAction> pending = new ArrayList<>(actions);
        pending.sort(Comparator.comparing(CorporateAction::exDate).thenComparing(a -> !(a instanceof Split)));
        int next = pending.size() - 1;
        int n = raw.size();
        double[] priceFactor = new double[n];
        double[] volumeFactor = new double[n];
        double splits = 1.0;
        double dividends = 1.0;
        for (int i = n - 1; i >= 0; i--) {
            LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(raw.time(i)), zone);
            int first = next;
            while (first >= 0 && pending.get(first).exDate().isAfter(date)) {
                first--;
            }
            double stepSplit = 1.0;
            for (int k = first + 1; k <= next; k++) {
                CorporateAction action = pending.get(k);
                if (action instanceof Split split) {
                    stepSplit *= split.ratio();
                } else if (adjustment == Adjustment.TOTAL && action instanceof CashDividend dividend) {
                    double reference = raw.value(PriceField.CLOSE, i) / stepSplit;
                    double multiplier = 1.0 - dividend.amount() / reference;
                    if (!(multiplier > 0)) {
                        throw new IllegalArgumentException("dividend of " + dividend.amount() + " on "
                                + dividend.exDate() + " is not smaller than the close before it (" + reference + ")");
                    }
                    dividends *= multiplier;
                }
            }
            next = first;
            splits *= stepSplit;
            priceFactor[i] = dividends / splits;
            volumeFactor[i] = splits;
        }
        return raw.scaled(priceFactor, volumeFactor);
    }
}
