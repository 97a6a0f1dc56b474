package dev.quiver.core.analytics.statistics;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.List;

/** The statistics in catalogue order. */
public final class StatisticsFamily {

    private StatisticsFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return List.of(StddevKernel.DEFINITION, VarKernel.DEFINITION);
    }
}
