package dev.quiver.core.analytics.volatility;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.List;

/** The volatility indicators in catalogue order. */
public final class VolatilityFamily {

    private VolatilityFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return List.of(TrangeKernel.DEFINITION, AtrKernel.DEFINITION, NatrKernel.DEFINITION);
    }
}
