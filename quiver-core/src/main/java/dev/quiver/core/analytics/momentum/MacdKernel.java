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

    /** Three {@link Ema}s; the fast one is fed from bar {@code slow - fast}. */
    private static final class State extends KernelState {
        private final int fastStart;
        private final Ema fast;
        private final Ema slow;
        private final Ema signal;
        private int count;

        State(MacdParams p) {
            super(1, 3);
            this.fastStart = p.slow() - p.fast();
            this.fast = new Ema(p.fast(), false);
            this.slow = new Ema(p.slow(), false);
            this.signal = new Ema(p.signal(), false);
        }

        @Override
        protected void step(double[] row, boolean commit) {
            double x = row[0];
            double s = slow.step(x, commit);
            double f = count >= fastStart ? fast.step(x, commit) : Double.NaN;
            if (commit && count < fastStart) {
                count++;
            }
            if (Double.isNaN(s)) {
                out[0] = out[1] = out[2] = Double.NaN;
                return;
            }
            double macd = f - s;
            double sig = signal.step(macd, commit);
            boolean defined = !Double.isNaN(sig);
            out[0] = defined ? macd : Double.NaN;
            out[1] = sig;
            out[2] = macd - sig;
        }
    }
}
