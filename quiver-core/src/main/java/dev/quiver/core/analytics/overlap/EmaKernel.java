package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Columns;
import dev.quiver.core.analytics.block.Ema;
import java.util.List;

/**
 * EMA with {@code k = 2 / (timeperiod + 1)}; lookback {@code timeperiod - 1}. Conventions: {@code
 * seed=sma} (TA-Lib, canonical: the first value is the SMA of the first {@code timeperiod} inputs)
 * and {@code seed=first} (pandas {@code ewm(adjust=False)}: starts at the first input).
 */
final class EmaKernel implements AnalyticKernel {

    static final ParamSpec SEED = ParamSpec.convention(
            "seed",
            List.of("sma", "first"),
            "sma: SMA of the first timeperiod inputs (TA-Lib); first: the first input (pandas adjust=False)");

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "ema", Family.OVERLAP, "Exponential moving average (TA-Lib EMA)")
            .inputs("close")
            .param(ParamSpec.timePeriod(30, 2))
            .param(SEED)
            .kernel(p ->
                    new EmaKernel(p.intValue("timeperiod"), p.choice("seed").equals("first")))
            .build();

    private final int n;
    private final boolean seedFirst;

    EmaKernel(int n, boolean seedFirst) {
        this.n = n;
        this.seedFirst = seedFirst;
    }

    @Override
    public int lookback() {
        return n - 1;
    }

    /** A state of its own class, so that its call to the {@link Ema} inlines (see {@link FilterState}). */
    @Override
    public KernelState newState() {
        return new KernelState(1, 1) {
            private final Ema ema = new Ema(n, seedFirst);

            @Override
            protected void step(double[] row, boolean commit) {
                out[0] = ema.step(row[0], commit);
            }
        };
    }

    @Override
    public void compute(double[][] inputs, double[][] outputs) {
        if (seedFirst || !loop(inputs[0], outputs)) {
            AnalyticKernel.super.compute(inputs, outputs);
        }
    }

    /** The array loop; false if a NaN reached the running average (the outputs are then unusable). */
    private boolean loop(double[] x, double[][] outputs) {
        double[] o = outputs[0];
        Columns.warmUp(outputs, n - 1);
        if (x.length < n) {
            return true;
        }
        double k = Ema.k(n);
        double sum = 0;
        for (int i = 0; i < n - 1; i++) {
            sum += x[i];
        }
        double prev = (sum + x[n - 1]) / n;
        o[n - 1] = prev;
        for (int i = n; i < x.length; i++) {
            prev = Ema.next(prev, x[i], k);
            o[i] = prev;
        }
        return !Double.isNaN(prev);
    }
}
