package dev.quiver.core.analytics.volume;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.RingBuffer;

/**
 * MFI (TA-Lib MFI): money flow index, {@code 100 * positive flow / (positive + negative flow)} over
 * the last {@code timeperiod} bars, where a bar's flow is typical price times volume, positive when
 * the typical price rose and negative when it fell; 0 when the total flow is below 1, as in TA-Lib.
 * Lookback {@code timeperiod}.
 *
 * @param n {@code timeperiod}
 */
record MfiKernel(int n) implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "mfi", Family.VOLUME, "Money flow index (TA-Lib MFI)")
            .inputs("high", "low", "close", "volume")
            .param(ParamSpec.timePeriod(14, 2))
            .kernel(p -> new MfiKernel(p.intValue("timeperiod")))
            .build();

    @Override
    public int lookback() {
        return n;
    }

    @Override
    public KernelState newState() {
        return new KernelState(4, 1) {
            private final RingBuffer positive = new RingBuffer(n);
            private final RingBuffer negative = new RingBuffer(n);
            private boolean started;
            private double prevTp;
            private double positiveSum;
            private double negativeSum;

            @Override
            protected void step(double[] row, boolean commit) {
                double tp = (row[0] + row[1] + row[2]) / 3.0;
                if (!started) {
                    out[0] = Double.NaN;
                    if (commit) {
                        prevTp = tp;
                        started = true;
                    }
                    return;
                }
                boolean full = positive.isFull();
                double pos = full ? positiveSum - positive.oldest() : positiveSum;
                double neg = full ? negativeSum - negative.oldest() : negativeSum;
                double change = tp - prevTp;
                double flow = tp * row[3];
                double up = change > 0 ? flow : 0.0;
                double down = change < 0 ? flow : 0.0;
                pos += up;
                neg += down;
                double total = pos + neg;
                out[0] = positive.size() < n - 1 ? Double.NaN : total < 1.0 ? 0.0 : 100.0 * (pos / total);
                if (commit) {
                    prevTp = tp;
                    positiveSum = pos;
                    negativeSum = neg;
                    positive.push(up);
                    negative.push(down);
                }
            }
        };
    }
}
