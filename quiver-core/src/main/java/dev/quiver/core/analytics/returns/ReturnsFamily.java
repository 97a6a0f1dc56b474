package dev.quiver.core.analytics.returns;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.List;

/** The returns family in catalogue order. */
public final class ReturnsFamily {

    private ReturnsFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return List.of(
                ReturnsKernel.DEFINITION,
                LogReturnsKernel.DEFINITION,
                CumReturnsKernel.DEFINITION,
                AnnualReturnKernel.DEFINITION,
                CagrKernel.DEFINITION,
                StabilityKernel.DEFINITION,
                CaptureKernel.CAPTURE,
                CaptureKernel.UP_CAPTURE,
                CaptureKernel.DOWN_CAPTURE);
    }
}
