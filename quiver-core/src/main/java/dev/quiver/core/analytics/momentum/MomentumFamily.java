package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.List;

/** The momentum indicators in catalogue order. */
public final class MomentumFamily {

    private MomentumFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return List.of(RsiKernel.DEFINITION, MacdKernel.DEFINITION);
    }
}
