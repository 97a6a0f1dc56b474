package dev.quiver.bench.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One row of figures: what is measured, its unit, and where each column's value comes from. A peer
 * that cannot do the work has no source for its column. Immutable.
 *
 * @param name what is measured, such as {@code SMA(20)}
 * @param unit the unit of every column
 * @param sources the source of each column that has one
 */
public record Figure(String name, String unit, Map<Column, Source> sources) {

    /** Copies the sources in column order and checks that there is at least one. */
    public Figure {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException(name + " has no source");
        }
        sources = Collections.unmodifiableMap(new EnumMap<>(sources));
    }

    /** The value of {@code column} in {@code results}, empty if not measured or not applicable. */
    public OptionalDouble value(Column column, JmhResults results) {
        Source source = sources.get(column);
        return source == null ? OptionalDouble.empty() : source.value(results);
    }

    /** The statistic the figure takes from its results: that of its first column. */
    public Statistic statistic() {
        return sources.values().iterator().next().statistic();
    }
}
