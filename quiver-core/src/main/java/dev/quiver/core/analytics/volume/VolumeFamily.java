package dev.quiver.core.analytics.volume;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.List;

/** The volume indicators in catalogue order. */
public final class VolumeFamily {

    private VolumeFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        return List.of(ObvKernel.DEFINITION, AdKernel.DEFINITION, AdoscKernel.DEFINITION, MfiKernel.DEFINITION);
    }
}
