package dev.quiver.core.analytics;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A set of analytic definitions by name. Immutable and thread-safe.
 */
public final class Catalogue {

    private final Map<String, AnalyticDefinition> byName;

    private Catalogue(Map<String, AnalyticDefinition> byName) {
        this.byName = byName;
    }

    /**
     * A catalogue of these definitions, in this order.
     *
     * @throws IllegalArgumentException if two share a name
     */
    public static Catalogue of(Collection<AnalyticDefinition> definitions) {
        Map<String, AnalyticDefinition> m = new LinkedHashMap<>();
        for (AnalyticDefinition d : definitions) {
            if (m.putIfAbsent(d.name(), d) != null) {
                throw new IllegalArgumentException("two analytics named " + d.name());
            }
        }
        return new Catalogue(m);
    }

    /** All definitions, in catalogue order. */
    public List<AnalyticDefinition> definitions() {
        return List.copyOf(byName.values());
    }

    /** The definition of that name, case-insensitively, if there is one. */
    public Optional<AnalyticDefinition> find(String name) {
        return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Finds and binds in one step.
     *
     * @throws BindingException if the name is unknown or the arguments do not fit
     */
    public BoundAnalytic bind(String name, Arguments arguments) {
        return find(name)
                .orElseThrow(() -> new BindingException("unknown analytic " + name))
                .bind(arguments);
    }

    @Override
    public String toString() {
        return "Catalogue" + byName.keySet();
    }
}
