package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.Columns;
import dev.quiver.core.analytics.block.Ema;

/**
 * MACD with TA-Lib's seeding (TA-Lib MACD): both EMAs start on the slow EMA's first bar, the fast
 * one seeded with the SMA of the last {@code fastperiod} closes there; the signal EMA is seeded with
 * the SMA of the first {@code signalperiod} MACD values. Outputs {@code macd}, {@code signal},
 * {@code hist = macd - signal}, all from bar {@code slow - 1 + signal - 1} (33 for 12, 26, 9).
 */
final class MacdKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "macd", Family.MOMENTUM, "Moving average convergence/divergence (TA-Lib MACD)")
            .inputs("close")
            .param(ParamSpec.integer("fastperiod", 12, 2, 100000, "bars of the fast EMA"))
            .param(ParamSpec.integer("slowperiod", 26, 2, 100000, "bars of the slow EMA"))
            .param(ParamSpec.integer("signalperiod", 9, 1, 100000, "bars of the signal EMA"))
            .outputs("macd", "signal", "hist")
            .kernel(p -> new MacdKernel(
                    MacdParams.of(p.intValue("fastperiod"), p.intValue("slowperiod"), p.intValue("signalperiod"))))
            .build();

    private final MacdParams p;

    MacdKernel(MacdParams p) {
        this.p = p;
    }

    @Override
    public int lookback() {
        return p.lookback();
    }

    @Override
    public KernelState newState() {
        return new State(p);
    }

    @Override
    public void compute(double[][] inputs, double[][] outputs) {
        if (!loop(inputs[0], outputs)) {
            AnalyticKernel.super.compute(inputs, outputs);
        }
    }

    /** The array loop; false if a NaN reached the slow EMA (the outputs are then unusable). */
    private boolean loop(double[] x, double[][] outputs) {
        int lb = p.lookback();
        Columns.warmUp(outputs, lb);
        if (x.length <= lb) {
            return true;
        }
        int t0 = p.slow() - 1;
        double slowSum = 0;
        for (int i = 0; i < t0; i++) {
            slowSum += x[i];
        }
        double fastSum = 0;
        for (int i = p.slow() - p.fast(); i < t0; i++) {
            fastSum += x[i];
        }
        double kSlow = Ema.k(p.slow());
        double kFast = Ema.k(p.fast());
        double kSignal = Ema.k(p.signal());
        double slow = (slowSum + x[t0]) / p.slow();
        double fast = (fastSum + x[t0]) / p.fast();
        double signalSum = 0;
        double signal = 0;
        for (int t = t0; t < x.length; t++) {
            if (t > t0) {
                slow = Ema.next(slow, x[t], kSlow);
                fast = Ema.next(fast, x[t], kFast);
            }
            double macd = fast - slow;
            if (t < lb) {
                signalSum += macd;
                continue;
            }
            signal = t == lb ? (signalSum + macd) / p.signal() : Ema.next(signal, macd, kSignal);
            outputs[0][t] = macd;
            outputs[1][t] = signal;
            outputs[2][t] = macd - signal;
        }
        return !Double.isNaN(slow);
    }

    /**
     * The three EMAs stepped as {@link #loop} steps them, with one count of bars: the slow and fast
     * sums until bar {@code slow - 1} (the fast one from bar {@code slow - fast}), then the MACD
     * values summed until the signal's first bar. Each EMA's arithmetic is {@link Ema}'s.
     */
    private static final class State extends KernelState {
        private final MacdParams p;
        private final int first;
        private final int fastStart;
        private final double kSlow;
        private final double kFast;
        private final double kSignal;
        private int count;
        private double slowSum;
        private double fastSum;
        private double signalSum;
        private double slow;
        private double fast;
        private double signal;

        State(MacdParams p) {
            super(1, 3);
            this.p = p;
            this.first = p.slow() - 1;
            this.fastStart = p.slow() - p.fast();
            this.kSlow = Ema.k(p.slow());
            this.kFast = Ema.k(p.fast());
            this.kSignal = Ema.k(p.signal());
        }

        @Override
        protected void step(double[] row, boolean commit) {
            double x = row[0];
            int t = count;
            if (t < first) {
                if (commit) {
                    slowSum += x;
                    if (t >= fastStart) {
                        fastSum += x;
                    }
                    count = t + 1;
                }
                return;
            }
            double s = t == first ? (slowSum + x) / p.slow() : Ema.next(slow, x, kSlow);
            double f = t == first ? (fastSum + x) / p.fast() : Ema.next(fast, x, kFast);
            double macd = f - s;
            int lb = p.lookback();
            if (t < lb) {
                if (commit) {
                    signalSum += macd;
                    slow = s;
                    fast = f;
                    count = t + 1;
                }
                return;
            }
            double sig = t == lb ? (signalSum + macd) / p.signal() : Ema.next(signal, macd, kSignal);
            out[0] = macd;
            out[1] = sig;
            out[2] = macd - sig;
            if (commit) {
                slow = s;
                fast = f;
                signal = sig;
                count = lb + 1;
            }
        }
    }
}
