package dev.quiver.core.analytics.momentum;

import dev.quiver.core.analytics.AnalyticDefinition;
import java.util.ArrayList;
import java.util.List;

/** The momentum indicators in catalogue order. */
public final class MomentumFamily {

    private MomentumFamily() {}

    /** Their definitions. */
    public static List<AnalyticDefinition> definitions() {
        List<AnalyticDefinition> all = new ArrayList<>(List.of(
                RsiKernel.DEFINITION,
                MacdKernel.DEFINITION,
                WillrKernel.DEFINITION,
                CciKernel.DEFINITION,
                StochKernel.DEFINITION,
                StochfKernel.DEFINITION,
                StochrsiKernel.DEFINITION,
                CmoKernel.DEFINITION,
                BopKernel.DEFINITION,
                AroonKernel.AROON,
                AroonKernel.AROONOSC,
                PriceOscillator.APO,
                PriceOscillator.PPO,
                TrixKernel.DEFINITION,
                UltoscKernel.DEFINITION));
        for (RateOfChange r : RateOfChange.values()) {
            all.add(r.definition());
        }
        for (Directional d : Directional.values()) {
            all.add(d.definition());
        }
        return List.copyOf(all);
    }
}
