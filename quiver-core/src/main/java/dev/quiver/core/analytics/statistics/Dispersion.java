package dev.quiver.core.analytics.statistics;

import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Variance;

/**
 * The kernel behind {@code var} and {@code stddev}: the population variance of TA-Lib's VAR
 * ({@code ddof=0}, canonical) or the sample variance ({@code ddof=1}, times {@code n / (n - 1)}),
 * optionally as a standard deviation times {@code nbdev}. Lookback {@code timeperiod - 1}.
 */
final class Dispersion implements AnalyticKernel {

    /** The {@code ddof} convention: 0 divides by n (TA-Lib), 1 by n - 1 (sample). */
    static final ParamSpec DDOF = ParamSpec.integer(
                    "ddof", 0, 0, 1, "delta degrees of freedom: 0 divides by n (TA-Lib), 1 by n - 1 (sample)")
            .asKeywordOnly();

    private final int n;
    private final double nbDev;
    private final int ddof;
    private final boolean root;

    /**
     * @param root whether to output {@code sqrt(variance) * nbDev} instead of the variance
     */
    Dispersion(int n, double nbDev, int ddof, boolean root) {
        if (ddof >= n) {
            throw new IllegalArgumentException("ddof=" + ddof + " needs timeperiod > " + ddof + ", was " + n);
        }
        this.n = n;
        this.nbDev = nbDev;
        this.ddof = ddof;
        this.root = root;
    }

    @Override
    public int lookback() {
        return n - 1;
    }

    @Override
    public KernelState newState() {
        return new KernelState(1, 1) {
            private final Variance variance = new Variance(n);

            @Override
            protected void step(double[] row, boolean commit) {
                double v = variance.step(row[0], commit);
                if (ddof == 1) {
                    v = v * n / (n - 1);
                }
                out[0] = root ? Variance.stddev(v) * nbDev : v;
            }
        };
    }
}
