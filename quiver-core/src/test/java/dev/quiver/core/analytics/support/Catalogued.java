package dev.quiver.core.analytics.support;

import dev.quiver.core.analytics.AnalyticDefinition;
import dev.quiver.core.analytics.Arguments;
import dev.quiver.core.analytics.BoundAnalytic;
import dev.quiver.core.analytics.ParamSpec;
import dev.quiver.core.analytics.standard.StandardCatalogue;
import java.util.ArrayList;
import java.util.List;

/** Short ways to bind analytics of the standard catalogue in tests. */
public final class Catalogued {

    private Catalogued() {}

    /** The analytic bound to positional number arguments. */
    public static BoundAnalytic bind(String name, double... positional) {
        return StandardCatalogue.get().bind(name, Arguments.of(positional));
    }

    /** The analytic bound to these arguments. */
    public static BoundAnalytic bind(String name, Arguments arguments) {
        return StandardCatalogue.get().bind(name, arguments);
    }

    /**
     * Every variant worth checking generically: the defaults, each available choice of each
     * enumeration parameter (conventions and moving-average types) and each value of each integer
     * convention with a small range (such as ddof) with the rest at defaults; windows and periods are
     * covered by their analytics' own tests.
     */
    public static List<BoundAnalytic> variants() {
        List<BoundAnalytic> all = new ArrayList<>();
        for (AnalyticDefinition d : StandardCatalogue.get().definitions()) {
            all.add(d.defaults());
            for (ParamSpec p : d.params()) {
                if (p instanceof ParamSpec.IntParam c && c.keywordOnly() && c.max() - c.min() <= 10) {
                    for (int v = c.min(); v <= c.max(); v++) {
                        if (v != c.defaultInt()) {
                            all.add(d.bind(Arguments.none().with(c.name(), v)));
                        }
                    }
                }
                if (p instanceof ParamSpec.ChoiceParam c) {
                    for (int i = 0; i < c.choices().size(); i++) {
                        if (i == c.defaultIndex()) {
                            continue;
                        }
                        all.add(d.bind(
                                Arguments.none().with(c.name(), c.choices().get(i))));
                    }
                }
            }
        }
        return all;
    }
}
