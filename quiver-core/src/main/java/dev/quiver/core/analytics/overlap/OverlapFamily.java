package dev.quiver.core.analytics.overlap;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.List;

/** The overlap studies in catalogue order. */
public final class OverlapFamily {

    private OverlapFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return List.of(
                SmaKernel.DEFINITION,
                EmaKernel.DEFINITION,
                MaKernel.WMA,
                MaKernel.DEMA,
                MaKernel.TEMA,
                MaKernel.TRIMA,
                MaKernel.KAMA,
                T3Kernel.DEFINITION,
                BbandsKernel.DEFINITION,
                MidKernel.MIDPOINT,
                MidKernel.MIDPRICE,
                SarKernel.DEFINITION);
    }
}
