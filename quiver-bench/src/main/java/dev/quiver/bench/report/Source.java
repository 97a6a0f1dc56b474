package dev.quiver.bench.report;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Where one cell of the table comes from: a JMH result, or the sum of other sources. */
public sealed interface Source {

    /** The value in {@code results}, empty if a result it needs was not measured. */
    OptionalDouble value(JmhResults results);

    /** The statistic this source reads (for a sum, that of its parts). */
    Statistic statistic();

    /**
     * One statistic of one benchmark with the given parameters, converted.
     *
     * @param benchmark the benchmark method's full name
     * @param params parameter values the result must have (others may be anything)
     * @param statistic which number of the result
     * @param conversion how it becomes the figure
     */
    record Reading(String benchmark, Map<String, String> params, Statistic statistic, Conversion conversion)
            implements Source {

        /** Copies the parameters. */
        public Reading {
            params = Map.copyOf(params);
        }

        @Override
        public OptionalDouble value(JmhResults results) {
            return results.find(benchmark, params)
                    .map(r -> {
                        OptionalDouble v = statistic.of(r);
                        return v.isPresent() ? conversion.apply(v.getAsDouble(), r.unit(), r.params()) : v;
                    })
                    .orElse(OptionalDouble.empty());
        }
    }

    /**
     * The sum of several sources, present only when all of them are.
     *
     * @param parts the sources added up, at least one
     */
    record Sum(List<Source> parts) implements Source {

        /** Copies the parts and checks that there is at least one. */
        public Sum {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a sum needs at least one part");
            }
        }

        @Override
        public OptionalDouble value(JmhResults results) {
            double sum = 0;
            for (Source part : parts) {
                OptionalDouble v = part.value(results);
                if (v.isEmpty()) {
                    return v;
                }
                sum += v.getAsDouble();
            }
            return OptionalDouble.of(sum);
        }

        @Override
        public Statistic statistic() {
            return parts.get(0).statistic();
        }
    }
}
