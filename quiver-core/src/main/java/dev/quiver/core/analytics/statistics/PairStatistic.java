package dev.quiver.core.analytics.statistics;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.TaMath;
import dev.quiver.core.analytics.block.WindowSum;

/**
 * Rolling statistics of two series from windowed sums of x, y, x*x, y*y and x*y, as TA-Lib computes
 * them. BETA: the OLS slope of y's one-bar simple returns on x's over {@code timeperiod} returns
 * (lookback {@code timeperiod}; a return from a price of almost 0 counts as 0). CORREL: Pearson's
 * correlation of the raw values (lookback {@code timeperiod - 1}). Both 0 where a variance is not
 * positive. The inputs default to high and low, as in TA-Lib's abstract interface; {@code
 * beta(close@SPY, close, 60)} is the beta of the subject against SPY.
 */
final class PairStatistic implements AnalyticKernel {

    static final AnalyticDefinition BETA = AnalyticDefinition.builder(
                    "beta", Family.STATISTICS, "Beta of the second series' returns on the first's (TA-Lib BETA)")
            .inputs("high", "low")
            .param(ParamSpec.timePeriod(5, 1))
            .kernel(p -> new PairStatistic(p.intValue("timeperiod"), true))
            .build();

    static final AnalyticDefinition CORREL = AnalyticDefinition.builder(
                    "correl", Family.STATISTICS, "Pearson correlation of two series (TA-Lib CORREL)")
            .inputs("high", "low")
            .param(ParamSpec.timePeriod(30, 1))
            .kernel(p -> new PairStatistic(p.intValue("timeperiod"), false))
            .build();

    private final int n;
    private final boolean beta;

    PairStatistic(int n, boolean beta) {
        this.n = n;
        this.beta = beta;
    }

    @Override
    public int lookback() {
        return beta ? n : n - 1;
    }

    /** A one-bar simple return, 0 from a price of almost 0 (TA-Lib's BETA). */
    static double simpleReturn(double price, double previous) {
        return TaMath.isZero(previous) ? 0.0 : (price - previous) / previous;
    }

    @Override
    public KernelState newState() {
        return new KernelState(2, 1) {
            private final WindowSum sx = new WindowSum(n);
            private final WindowSum sy = new WindowSum(n);
            private final WindowSum sxx = new WindowSum(n);
            private final WindowSum syy = new WindowSum(n);
            private final WindowSum sxy = new WindowSum(n);
            private boolean started;
            private double prevX;
            private double prevY;

            @Override
            protected void step(double[] row, boolean commit) {
                double x = row[0];
                double y = row[1];
                if (beta) {
                    if (!started) {
                        out[0] = Double.NaN;
                        if (commit) {
                            prevX = x;
                            prevY = y;
                            started = true;
                        }
                        return;
                    }
                    x = simpleReturn(row[0], prevX);
                    y = simpleReturn(row[1], prevY);
                }
                double sumX = sx.step(x, commit);
                double sumY = sy.step(y, commit);
                double sumXX = sxx.step(x * x, commit);
                double sumYY = beta ? Double.NaN : syy.step(y * y, commit);
                double sumXY = sxy.step(x * y, commit);
                out[0] = beta ? betaOf(sumX, sumY, sumXX, sumXY) : correlOf(sumX, sumY, sumXX, sumYY, sumXY);
                if (commit) {
                    prevX = row[0];
                    prevY = row[1];
                }
            }
        };
    }

    private double betaOf(double sumX, double sumY, double sumXX, double sumXY) {
        double varianceX = (n * sumXX) - (sumX * sumX);
        return Double.isNaN(varianceX)
                ? Double.NaN
                : TaMath.isZero(varianceX) ? 0.0 : ((n * sumXY) - (sumX * sumY)) / varianceX;
    }

    private double correlOf(double sumX, double sumY, double sumXX, double sumYY, double sumXY) {
        double product = (sumXX - ((sumX * sumX) / n)) * (sumYY - ((sumY * sumY) / n));
        return Double.isNaN(product)
                ? Double.NaN
                : TaMath.isZeroOrNegative(product) ? 0.0 : (sumXY - ((sumX * sumY) / n)) / Math.sqrt(product);
    }
}
