package dev.quiver.core.analytics.risk;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.List;

/** The risk family in catalogue order. */
public final class RiskFamily {

    private RiskFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return List.of(
                DrawdownKernel.DEFINITION,
                MaxDrawdownKernel.DEFINITION,
                AnnualVolatilityKernel.DEFINITION,
                SharpeRatioKernel.DEFINITION,
                SortinoRatioKernel.DEFINITION,
                DownsideRiskKernel.DEFINITION,
                CalmarRatioKernel.DEFINITION,
                OmegaRatioKernel.DEFINITION,
                ValueAtRiskKernel.DEFINITION,
                ConditionalValueAtRiskKernel.DEFINITION,
                TailRatioKernel.DEFINITION,
                AlphaBetaKernel.DEFINITION,
                ExcessSharpeKernel.EXCESS_SHARPE,
                ExcessSharpeKernel.INFORMATION_RATIO);
    }
}
