package dev.quiver.core.analytics.price;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.Arrays;
import java.util.List;

/** The price transforms in catalogue order. */
public final class PriceFamily {

    private PriceFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return Arrays.stream(PriceTransform.values())
                .map(PriceTransform::definition)
                .toList();
    }
}
