package dev.quiver.core.analytics.standard;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Catalogue;
import dev.quiver.core.analytics.math.MathFamily;
import dev.quiver.core.analytics.momentum.MomentumFamily;
import dev.quiver.core.analytics.overlap.OverlapFamily;
import dev.quiver.core.analytics.price.PriceFamily;
import dev.quiver.core.analytics.returns.ReturnsFamily;
import dev.quiver.core.analytics.risk.RiskFamily;
import dev.quiver.core.analytics.statistics.StatisticsFamily;
import dev.quiver.core.analytics.volatility.VolatilityFamily;
import dev.quiver.core.analytics.volume.VolumeFamily;
import java.util.ArrayList;
import java.util.List;

/** The catalogue of all built-in analytics, family by family. Immutable and thread-safe. */
public final class StandardCatalogue {

    private static final Catalogue INSTANCE = build();

    private StandardCatalogue() {}

    /** The built-in catalogue. */
    public static Catalogue get() {
        return INSTANCE;
    }

    private static Catalogue build() {
        List<AnalyticDefinition> all = new ArrayList<>();
        all.addAll(OverlapFamily.definitions());
        all.addAll(MomentumFamily.definitions());
        all.addAll(StatisticsFamily.definitions());
        all.addAll(VolatilityFamily.definitions());
        all.addAll(MathFamily.definitions());
        all.addAll(PriceFamily.definitions());
        all.addAll(VolumeFamily.definitions());
        all.addAll(ReturnsFamily.definitions());
        all.addAll(RiskFamily.definitions());
        return Catalogue.of(all);
    }
}
