package dev.quiver.core.analytics.math;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.List;

/** The math operators in catalogue order. */
public final class MathFamily {

    private MathFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return List.of(SumKernel.DEFINITION, ExtremeKernel.MIN, ExtremeKernel.MAX);
    }
}
