package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Columns;
import dev.quiver.core.analytics.block.Sma;

/** SMA: the mean of the last {@code timeperiod} values (TA-Lib SMA); lookback {@code timeperiod - 1}. */
final class SmaKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "sma", Family.OVERLAP, "Simple moving average (TA-Lib SMA)")
            .inputs("close")
            .param(ParamSpec.timePeriod(30, 2))
            .kernel(p -> new SmaKernel(p.intValue("timeperiod")))
            .build();

    private final int n;

    SmaKernel(int n) {
        this.n = n;
    }

    @Override
    public int lookback() {
        return n - 1;
    }

    /** A state of its own class, so that its call to the {@link Sma} inlines (see {@link FilterState}). */
    @Override
    public KernelState newState() {
        return new KernelState(1, 1) {
            private final Sma sma = new Sma(n);

            @Override
            protected void step(double[] row, boolean commit) {
                out[0] = sma.step(row[0], commit);
            }
        };
    }

    @Override
    public void compute(double[][] inputs, double[][] outputs) {
        if (!loop(inputs[0], outputs)) {
            AnalyticKernel.super.compute(inputs, outputs);
        }
    }

    /** The array loop; false if a NaN reached the running sum (the outputs are then unusable). */
    private boolean loop(double[] x, double[][] outputs) {
        double[] o = outputs[0];
        int lb = n - 1;
        Columns.warmUp(outputs, lb);
        double reciprocal = 1.0 / n;
        double partial = 0;
        for (int i = 0; i < lb && i < x.length; i++) {
            partial += x[i];
        }
        for (int i = lb; i < x.length; i++) {
            double entering = x[i];
            o[i] = Sma.mean(partial, entering, reciprocal);
            partial = Sma.slide(partial, entering, x[i - lb]);
        }
        return !Double.isNaN(partial);
    }
}
