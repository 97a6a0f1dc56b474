package dev.quiver.marketdata.yahoo;

import dev.quiver.core.asset.Split;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The factor by which Yahoo divided each day's prices: the product of the ratios of the splits whose
 * ex-date lies after that day, as far as the answer shows Yahoo applied them.
 *
 * <p>Yahoo is known to list a split now and then without having adjusted the prices before it. For a
 * split inside the answer this shows in the prices: the close-to-close move across its ex-date is
 * then nearer to {@code 1 / ratio} than to 1. Such a split is left out of the factors, with a
 * warning, since the prices before it are already as traded. For splits after the answer's last bar
 * no such check is possible; they are taken as applied. Immutable.
 */
final class SplitFactors {

    private final List<Split> applied;

    private SplitFactors(List<Split> applied) {
        this.applied = List.copyOf(applied);
    }

    /**
     * The factors of {@code splits}, checked against the adjusted closes of {@code rows}.
     *
     * @param splits every split from the answer's first day up to the moment of the answer
     * @param rows the rows kept, ascending
     * @param close the answer's (adjusted) closes, indexed like the answer
     * @param warnings receives a line for every split found not applied
     */
    static SplitFactors of(List<Split> splits, List<SessionRow> rows, double[] close, List<String> warnings) {
        List<Split> applied = new ArrayList<>();
        for (Split split : splits) {
            double move = moveAcross(split.exDate(), rows, close);
            if (Math.abs(Math.log(move * split.ratio())) < Math.abs(Math.log(move))) {
                warnings.add(split.exDate() + ": the split " + Ratios.text(split.ratio())
                        + " is listed but the prices before it are not adjusted for it (close moved x"
                        + String.format(Locale.ROOT, "%.4f", move) + "); they are taken as traded");
            } else {
                applied.add(split);
            }
        }
        return new SplitFactors(applied);
    }

    /** What Yahoo divided the prices of {@code date} by. */
    double at(LocalDate date) {
        double factor = 1.0;
        for (Split split : applied) {
            if (split.exDate().isAfter(date)) {
                factor *= split.ratio();
            }
        }
        return factor;
    }

    /** The close-to-close move from the last row before {@code exDate} to the first on or after it; 1 if unknown. */
    private static double moveAcross(LocalDate exDate, List<SessionRow> rows, double[] close) {
        for (int j = 1; j < rows.size(); j++) {
            if (!rows.get(j).date().isBefore(exDate)) {
                return rows.get(j - 1).date().isBefore(exDate)
                        ? close[rows.get(j).index()] / close[rows.get(j - 1).index()]
                        : 1.0;
            }
        }
        return 1.0;
    }
}
