package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.RingBuffer;
import java.util.Locale;

/**
 * The change of a value over {@code timeperiod} bars, in TA-Lib's five forms (MOM, ROC, ROCP, ROCR,
 * ROCR100); a ratio whose base is 0 gives 0, as in TA-Lib. Lookback {@code timeperiod}.
 */
enum RateOfChange {
    /** {@code x - prev}. */
    MOM("Momentum", 10) {
        @Override
        double of(double x, double prev) {
            return x - prev;
        }
    },
    /** {@code ((x / prev) - 1) * 100}. */
    ROC("Rate of change, percent", 10) {
        @Override
        double of(double x, double prev) {
            return prev != 0.0 ? ((x / prev) - 1.0) * 100.0 : 0.0;
        }
    },
    /** {@code (x - prev) / prev}. */
    ROCP("Rate of change, fraction", 10) {
        @Override
        double of(double x, double prev) {
            return prev != 0.0 ? (x - prev) / prev : 0.0;
        }
    },
    /** {@code x / prev}. */
    ROCR("Rate of change ratio", 10) {
        @Override
        double of(double x, double prev) {
            return prev != 0.0 ? x / prev : 0.0;
        }
    },
    /** {@code (x / prev) * 100}. */
    ROCR100("Rate of change ratio, times 100", 10) {
        @Override
        double of(double x, double prev) {
            return prev != 0.0 ? (x / prev) * 100.0 : 0.0;
        }
    };

    private final AnalyticDefinition definition;

    RateOfChange(String description, int defaultPeriod) {
        String name = name().toLowerCase(Locale.ROOT);
        this.definition = AnalyticDefinition.builder(name, Family.MOMENTUM, description + " (TA-Lib " + name() + ")")
                .inputs("close")
                .param(ParamSpec.timePeriod(defaultPeriod, 1))
                .kernel(p -> new Kernel(this, p.intValue("timeperiod")))
                .build();
    }

    /** The change from {@code prev} to {@code x}. */
    abstract double of(double x, double prev);

    /** The catalogue entry. */
    AnalyticDefinition definition() {
        return definition;
    }

    private record Kernel(RateOfChange form, int n) implements AnalyticKernel {
        @Override
        public int lookback() {
            return n;
        }

        @Override
        public KernelState newState() {
            return new KernelState(1, 1) {
                private final RingBuffer window = new RingBuffer(n);

                @Override
                protected void step(double[] row, boolean commit) {
                    out[0] = window.isFull() ? form.of(row[0], window.oldest()) : Double.NaN;
                    if (commit) {
                        window.push(row[0]);
                    }
                }
            };
        }
    }
}
