package dev.quiver.core.analytics.statistics;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.ArrayList;
import java.util.List;

/** The statistics in catalogue order. */
public final class StatisticsFamily {

    private StatisticsFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        List<AnalyticDefinition> all = new ArrayList<>(
                List.of(StddevKernel.DEFINITION, VarKernel.DEFINITION, PairStatistic.BETA, PairStatistic.CORREL));
        for (LinearRegression r : LinearRegression.values()) {
            all.add(r.definition());
        }
        return List.copyOf(all);
    }
}
