package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.KernelState;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.FilterState;
import dev.quiver.core.analytics.block.Wma;

/** WMA: weights {@code 1..timeperiod}, newest heaviest (TA-Lib WMA); lookback {@code timeperiod - 1}. */
final class WmaKernel implements AnalyticKernel {

    static final AnalyticDefinition DEFINITION = AnalyticDefinition.builder(
                    "wma", Family.OVERLAP, "Linearly weighted moving average (TA-Lib WMA)")
            .inputs("close")
            .param(ParamSpec.timePeriod(30, 2))
            .kernel(p -> new WmaKernel(p.intValue("timeperiod")))
            .build();

    private final int n;

    WmaKernel(int n) {
        this.n = n;
    }

    @Override
    public int lookback() {
        return n - 1;
    }

    @Override
    public KernelState newState() {
        return new FilterState(new Wma(n));
    }
}
