package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;

/**
 * SAR (TA-Lib SAR): Wilder's parabolic stop and reverse. The first direction comes from bar 1's
 * -DM (short if positive); the SAR starts at bar 0's low (long) or high (short), the extreme point
 * at bar 1's high or low; the acceleration factor starts at {@code acceleration}, grows by it at
 * each new extreme up to {@code maximum}, and the SAR never enters the last two bars' range. Lookback
 * 1.
 */
final class SarKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "sar", Family.OVERLAP, "Parabolic SAR (TA-Lib SAR)")
            .inputs("high", "low")
            .param(ParamSpec.real("acceleration", 0.02, 0, 3e37, "acceleration factor step"))
            .param(ParamSpec.real("maximum", 0.2, 0, 3e37, "acceleration factor maximum"))
            .kernel(p -> new SarKernel(p.doubleValue("acceleration"), p.doubleValue("maximum")))
            .build();

    private final double step;
    private final double maximum;

    SarKernel(double acceleration, double maximum) {
        this.step = Math.min(acceleration, maximum);
        this.maximum = maximum;
    }

    @Override
    public int lookback() {
        return 1;
    }

    @Override
    public KernelState newState() {
        return new State();
    }

    private final class State extends KernelState {
        private int count;
        private boolean isLong;
        private double sar;
        private double ep;
        private double af;
        private double lastHigh;
        private double lastLow;

        State() {
            super(2, 1);
        }

        @Override
        protected void step(double[] row, boolean commit) {
            double high = row[0];
            double low = row[1];
            if (count == 0) {
                out[0] = Double.NaN;
                if (commit) {
                    lastHigh = high;
                    lastLow = low;
                    count = 1;
                }
                return;
            }
            boolean lng = isLong;
            double s = sar;
            double e = ep;
            double a = af;
            double prevHigh = lastHigh;
            double prevLow = lastLow;
            if (count == 1) {
                double diffPlus = high - lastHigh;
                double diffMinus = lastLow - low;
                lng = !(diffMinus > 0 && diffPlus < diffMinus);
                e = lng ? high : low;
                s = lng ? lastLow : lastHigh;
                a = step;
                prevHigh = high;
                prevLow = low;
            }
            if (lng) {
                if (low <= s) {
                    lng = false;
                    s = Math.max(Math.max(e, prevHigh), high);
                    out[0] = s;
                    a = step;
                    e = low;
                    s = Math.max(Math.max(s + a * (e - s), prevHigh), high);
                } else {
                    out[0] = s;
                    if (high > e) {
                        e = high;
                        a = Math.min(a + step, maximum);
                    }
                    s = Math.min(Math.min(s + a * (e - s), prevLow), low);
                }
            } else {
                if (high >= s) {
                    lng = true;
                    s = Math.min(Math.min(e, prevLow), low);
                    out[0] = s;
                    a = step;
                    e = high;
                    s = Math.min(Math.min(s + a * (e - s), prevLow), low);
                } else {
                    out[0] = s;
                    if (low < e) {
                        e = low;
                        a = Math.min(a + step, maximum);
                    }
                    s = Math.max(Math.max(s + a * (e - s), prevHigh), high);
                }
            }
            if (commit) {
                isLong = lng;
                sar = s;
                ep = e;
                af = a;
                lastHigh = high;
                lastLow = low;
                count = 2;
            }
        }
    }
}
