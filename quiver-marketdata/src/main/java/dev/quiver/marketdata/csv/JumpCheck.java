package dev.quiver.marketdata.csv;

import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Warns about close-to-close moves the size of a split ({@code < }{@value #LOW} or {@code > }{@value
 * #HIGH}) that no split on that date explains. The bars are kept: real crashes happen, as AAPL's
 * 0.48 on 2000-09-29. Stateless.
 */
final class JumpCheck {

    static final double LOW = 0.55;
    static final double HIGH = 1.8;

    private JumpCheck() {}

    /**
     * Adds a warning for each unexplained split-sized move of the raw close.
     *
     * @param rawClose raw closes of {@code rows}, ascending
     * @param actions the actions found for the file
     */
    static void check(ParsedRows rows, double[] rawClose, List<CorporateAction> actions, List<CsvWarning> warnings) {
        int n = rawClose.length;
        double[] splitOn = new double[n];
        Arrays.fill(splitOn, 1.0);
        for (CorporateAction action : actions) {
            int i = Arrays.binarySearch(rows.days(), action.exDate().toEpochDay());
            if (action instanceof Split split && i >= 0) {
                splitOn[i] *= split.ratio();
            }
        }
        for (int i = 1; i < n; i++) {
            double move = rawClose[i] / rawClose[i - 1] * splitOn[i];
            if (move < LOW || move > HIGH) {
                String explanation = splitOn[i] == 1.0
                        ? "no split is recorded on that date"
                        : "even after the split of " + splitOn[i] + " on that date";
                warnings.add(rows.warning(
                        i,
                        String.format(
                                Locale.ROOT,
                                "close moves from %s to %s (x%.3f), %s; kept as a real price move",
                                rawClose[i - 1],
                                rawClose[i],
                                move,
                                explanation)));
            }
        }
    }
}
