package dev.quiver.core.analytics.volatility;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Atr;
import dev.quiver.core.analytics.block.Columns;
import dev.quiver.core.analytics.block.TrueRange;
import dev.quiver.core.analytics.block.Wilder;
import java.util.List;

/**
 * ATR (TA-Lib ATR): Wilder's average true range. Conventions: {@code seed=sma} (TA-Lib, canonical:
 * first value at bar {@code timeperiod} = mean of TR[1..timeperiod]) and {@code seed=stockcharts}
 * (TR[0] = high - low, first value at bar {@code timeperiod - 1}).
 */
final class AtrKernel implements AnalyticKernel {

    static final ParamSpec SEED = ParamSpec.convention(
            "seed",
            List.of("sma", "stockcharts"),
            "sma: mean of TR[1..n] at bar n (TA-Lib); stockcharts: TR[0] = high - low, mean of TR[0..n-1]");

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "atr", Family.VOLATILITY, "Average true range, Wilder's smoothing (TA-Lib ATR)")
            .inputs("high", "low", "close")
            .param(ParamSpec.timePeriod(14, 1))
            .param(SEED)
            .kernel(p ->
                    new AtrKernel(p.intValue("timeperiod"), p.choice("seed").equals("stockcharts")))
            .build();

    private final int n;
    private final boolean stockCharts;

    AtrKernel(int n, boolean stockCharts) {
        this.n = n;
        this.stockCharts = stockCharts;
    }

    @Override
    public int lookback() {
        return Atr.lookback(n, stockCharts);
    }

    @Override
    public KernelState newState() {
        return new KernelState(3, 1) {
            private final Atr atr = new Atr(n, stockCharts);

            @Override
            protected void step(double[] row, boolean commit) {
                out[0] = atr.step(row[0], row[1], row[2], commit);
            }
        };
    }

    @Override
    public void compute(double[][] inputs, double[][] outputs) {
        if (stockCharts || !loop(inputs[0], inputs[1], inputs[2], outputs)) {
            AnalyticKernel.super.compute(inputs, outputs);
        }
    }

    /**
     * The array loop; false if a NaN reached the ATR or the sum of closes (a NaN previous close
     * does not reach the true range, so closes are summed on the side).
     */
    private boolean loop(double[] high, double[] low, double[] close, double[][] outputs) {
        double[] o = outputs[0];
        int len = close.length;
        Columns.warmUp(outputs, n);
        if (len <= n) {
            return true;
        }
        double closes = high[0] + low[0] + close[len - 1];
        double sum = 0;
        for (int i = 1; i < n; i++) {
            closes += close[i - 1];
            sum += TrueRange.of(high[i], low[i], close[i - 1]);
        }
        closes += close[n - 1];
        double atr = (sum + TrueRange.of(high[n], low[n], close[n - 1])) / n;
        o[n] = atr;
        Wilder wilder = new Wilder(n);
        double prevClose = close[n];
        for (int i = n + 1; i < len; i++) {
            closes += prevClose;
            atr = wilder.next(atr, TrueRange.of(high[i], low[i], prevClose));
            o[i] = atr;
            prevClose = close[i];
        }
        return !Double.isNaN(atr + closes);
    }
}
