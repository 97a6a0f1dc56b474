package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Columns;
import dev.quiver.core.analytics.block.GainLoss;
import dev.quiver.core.analytics.block.Rsi;
import dev.quiver.core.analytics.block.Wilder;
import java.util.List;

/**
 * RSI (TA-Lib RSI, Wilder); lookback {@code timeperiod}. Conventions: {@code seed=sma} (canonical:
 * first averages are the means of the first {@code timeperiod} changes) and {@code seed=zero}
 * (averages start at zero and are smoothed from the first change).
 */
final class RsiKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "rsi", Family.MOMENTUM, "Relative strength index, Wilder's smoothing (TA-Lib RSI)")
            .inputs("close")
            .param(ParamSpec.timePeriod(14, 2))
            .param(ParamSpec.convention(
                    "seed",
                    List.of("sma", "zero"),
                    "sma: means of the first timeperiod changes (TA-Lib); zero: averages start at 0"))
            .kernel(p ->
                    new RsiKernel(p.intValue("timeperiod"), p.choice("seed").equals("zero")))
            .build();

    private final int n;
    private final boolean seedZero;

    RsiKernel(int n, boolean seedZero) {
        this.n = n;
        this.seedZero = seedZero;
    }

    @Override
    public int lookback() {
        return n;
    }

    /** A state of its own class, so that its call to the {@link Rsi} inlines (see {@link FilterState}). */
    @Override
    public KernelState newState() {
        return new KernelState(1, 1) {
            private final Rsi rsi = new Rsi(n, seedZero);

            @Override
            protected void step(double[] row, boolean commit) {
                out[0] = rsi.step(row[0], commit);
            }
        };
    }

    @Override
    public void compute(double[][] inputs, double[][] outputs) {
        if (seedZero || !loop(inputs[0], outputs)) {
            AnalyticKernel.super.compute(inputs, outputs);
        }
    }

    /** The array loop; false if a NaN reached the average gain (the outputs are then unusable). */
    private boolean loop(double[] x, double[][] outputs) {
        double[] o = outputs[0];
        Columns.warmUp(outputs, n);
        if (x.length <= n) {
            return true;
        }
        double gain = 0;
        double loss = 0;
        for (int i = 1; i <= n; i++) {
            double change = x[i] - x[i - 1];
            gain += GainLoss.gainOf(change);
            loss += GainLoss.lossOf(change);
        }
        gain /= n;
        loss /= n;
        o[n] = Rsi.of(gain, loss);
        Wilder wilder = new Wilder(n);
        // The previous close stays in a register: reading x[i - 1] again costs about 10 % here,
        // as the compiler cannot prove that the stores to o leave x unchanged.
        double prev = x[n];
        for (int i = n + 1; i < x.length; i++) {
            double close = x[i];
            double change = close - prev;
            prev = close;
            gain = wilder.next(gain, GainLoss.gainOf(change));
            loss = wilder.next(loss, GainLoss.lossOf(change));
            o[i] = Rsi.of(gain, loss);
        }
        return !Double.isNaN(gain);
    }
}
