package dev.quiver.marketdata.csv;

import dev.quiver.core.asset.ActionOrigin;
import dev.quiver.core.asset.CashDividend;
import dev.quiver.core.asset.CorporateAction;
import dev.quiver.core.asset.Split;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Infers splits and cash dividends from the steps of {@code r = AdjClose / Close} in a file without
 * event columns; the file's prices are taken as raw.
 *
 * <p>Between two actions a provider's {@code r} is constant, so every step of it beyond rounding
 * noise is an action. A step is noise when it is within {@value #MIN_STEP} relative, or within four
 * times the rounding of the four six-decimal numbers it is computed from (which only matters below a
 * price of about 1). On the bundled and reference files the noise steps reach 1.2e-6 (Yahoo's values
 * are single-precision floats printed with six decimals) and the smallest dividend steps are 6.8e-5
 * (EWG) and 2.5e-4 (INTC); the threshold lies between them with a margin of seven to eight either way.
 *
 * <p>A step near a plausible split ratio (see {@link SplitRatios}), together with a close-to-close jump
 * nearer to the inverse ratio than to 1, is a split; what remains of the step, or a whole step below
 * {@value #MAX_DIVIDEND_STEP} that is not a split, is a dividend of {@code prevClose * (1 - r_prev /
 * r_cur)} in raw terms. Any other step (downward, or large without a price jump) is left unexplained
 * with a warning. {@code r_prev} and {@code r_cur} are the means of {@code r} over the whole stretch
 * before and after the step, which averages away most of the rounding in single rows. Stateless.
 */
final class InferredActions {

    private static final double MIN_STEP = 1e-5;
    private static final double HALF_SIXTH_DECIMAL = 0.5e-6;
    private static final double MAX_DIVIDEND_STEP = 1.8;

    private InferredActions() {}

    /** The steps of {@code r} beyond noise: where a stretch ends, and which action each step is. */
    private record Steps(boolean[] boundary, double[] splitAt, boolean[] dividendAt) {}

    /** The actions the adjusted close implies; the file must have {@link Column#ADJ_CLOSE}. */
    static Reconstruction infer(ParsedRows rows, List<CsvWarning> warnings) {
        double[] close = rows.values(Column.CLOSE);
        double[] adj = rows.values(Column.ADJ_CLOSE);
        double[] r = new double[rows.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = adj[i] / close[i];
        }
        Steps steps = steps(rows, r, warnings);
        double[] mean = stretchMeans(r, steps.boundary());
        List<CorporateAction> actions = new ArrayList<>();
        for (int i = 1; i < r.length; i++) {
            LocalDate exDate = LocalDate.ofEpochDay(rows.day(i));
            double split = steps.splitAt()[i];
            if (split != 1) {
                actions.add(new Split(exDate, split, ActionOrigin.INFERRED));
            }
            if (steps.dividendAt()[i]) {
                double amount = close[i - 1] / split * (1 - split * mean[i - 1] / mean[i]);
                if (amount > 0) {
                    actions.add(new CashDividend(exDate, amount, ActionOrigin.INFERRED));
                } else {
                    warnings.add(rows.warning(
                            i,
                            "Adj Close / Close steps up here but not on average over the stretches around"
                                    + " it; no dividend inferred"));
                }
            }
        }
        return Reconstruction.asGiven(actions);
    }

    private static Steps steps(ParsedRows rows, double[] r, List<CsvWarning> warnings) {
        double[] close = rows.values(Column.CLOSE);
        double[] adj = rows.values(Column.ADJ_CLOSE);
        int n = r.length;
        Steps steps = new Steps(new boolean[n], new double[n], new boolean[n]);
        Arrays.fill(steps.splitAt(), 1.0);
        for (int i = 1; i < n; i++) {
            double step = r[i] / r[i - 1];
            double noise = Math.max(
                    MIN_STEP, 4 * HALF_SIXTH_DECIMAL * (1 / adj[i - 1] + 1 / adj[i] + 1 / close[i - 1] + 1 / close[i]));
            if (Math.abs(step - 1) <= noise) {
                continue;
            }
            steps.boundary()[i] = true;
            double split = SplitRatios.explaining(step, close[i] / close[i - 1]);
            if (!Double.isNaN(split)) {
                steps.splitAt()[i] = split;
            }
            double rest = step / steps.splitAt()[i];
            if (Math.abs(rest - 1) <= noise) {
                continue;
            }
            if (rest > 1 && rest < MAX_DIVIDEND_STEP) {
                steps.dividendAt()[i] = true;
            } else {
                warnings.add(rows.warning(
                        i,
                        String.format(
                                Locale.ROOT,
                                "Adj Close / Close changes by a factor of %.6f, which is neither a split nor a"
                                        + " dividend; no action inferred",
                                rest)));
            }
        }
        return steps;
    }

    /** For each row, the mean of {@code r} over its stretch: the rows between two boundaries. */
    private static double[] stretchMeans(double[] r, boolean[] boundary) {
        int n = r.length;
        double[] mean = new double[n];
        int from = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || boundary[i]) {
                double sum = 0;
                for (int k = from; k < i; k++) {
                    sum += r[k];
                }
                Arrays.fill(mean, from, i, sum / (i - from));
                from = i;
            }
        }
        return mean;
    }
}
