package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Family;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.block.FilterKernel;
import dev.quiver.core.analytics.block.MaType;
import java.util.Locale;

/**
 * The moving averages without a batch loop of their own (TA-Lib WMA, DEMA, TEMA, TRIMA, KAMA): one
 * {@code timeperiod} parameter, default 30, and the lookback of their {@link MaType}.
 */
final class MaKernel extends FilterKernel {

    static final AnalyticDefinition WMA = definition(MaType.WMA, "Linearly weighted moving average");
    static final AnalyticDefinition DEMA = definition(MaType.DEMA, "Double exponential moving average");
    static final AnalyticDefinition TEMA = definition(MaType.TEMA, "Triple exponential moving average");
    static final AnalyticDefinition TRIMA = definition(MaType.TRIMA, "Triangular moving average");
    static final AnalyticDefinition KAMA = definition(MaType.KAMA, "Kaufman adaptive moving average");

    MaKernel(MaType type, int n) {
        super(() -> type.create(n));
    }

    private static AnalyticDefinition definition(MaType type, String description) {
        return AnalyticDefinition.builder(
                        type.code(),
                        Family.OVERLAP,
                        description + " (TA-Lib " + type.name().toUpperCase(Locale.ROOT) + ")")
                .inputs("close")
                .param(ParamSpec.timePeriod(30, 2))
                .kernel(p -> new MaKernel(type, p.intValue("timeperiod")))
                .build();
    }
}
