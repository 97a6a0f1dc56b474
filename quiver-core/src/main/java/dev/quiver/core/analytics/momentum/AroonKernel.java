package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.WindowExtreme;

/**
 * AROON and AROONOSC (TA-Lib): over the last {@code timeperiod + 1} bars, {@code aroonup = 100 / n
 * * (n - bars since the highest high)} and {@code aroondown} likewise for the lowest low (ties go to
 * the newest bar); the oscillator is up minus down. Lookback {@code timeperiod}.
 *
 * @param n {@code timeperiod}
 * @param oscillator whether the output is AROONOSC instead of the two lines
 */
record AroonKernel(int n, boolean oscillator) implements AnalyticKernel {

    static final AnalyticDefinition AROON = AnalyticDefinition.builder(
                    "aroon", Family.MOMENTUM, "Aroon up and down (TA-Lib AROON)")
            .inputs("high", "low")
            .param(ParamSpec.timePeriod(14, 2))
            .outputs("aroondown", "aroonup")
            .kernel(p -> new AroonKernel(p.intValue("timeperiod"), false))
            .build();

    static final AnalyticDefinition AROONOSC = AnalyticDefinition.builder(
                    "aroonosc", Family.MOMENTUM, "Aroon oscillator (TA-Lib AROONOSC)")
            .inputs("high", "low")
            .param(ParamSpec.timePeriod(14, 2))
            .kernel(p -> new AroonKernel(p.intValue("timeperiod"), true))
            .build();

    @Override
    public int lookback() {
        return n;
    }

    @Override
    public KernelState newState() {
        double factor = 100.0 / n;
        return new KernelState(2, oscillator ? 1 : 2) {
            private final WindowExtreme highest = new WindowExtreme(n + 1, true);
            private final WindowExtreme lowest = new WindowExtreme(n + 1, false);

            @Override
            protected void step(double[] row, boolean commit) {
                boolean defined = !Double.isNaN(highest.step(row[0], commit) + lowest.step(row[1], commit));
                int up = n - highest.age();
                int down = n - lowest.age();
                if (oscillator) {
                    out[0] = defined ? factor * (up - down) : Double.NaN;
                } else {
                    out[0] = defined ? factor * down : Double.NaN;
                    out[1] = defined ? factor * up : Double.NaN;
                }
            }
        };
    }
}
