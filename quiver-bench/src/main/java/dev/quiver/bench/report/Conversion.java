package dev.quiver.bench.report;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * How a figure is made from a statistic of a JMH result: a time per operation as such, per bar, or
 * turned into a rate of bars per second. Bars come from a benchmark parameter, so a quick run with
 * fewer bars ({@code -p bars=...}) still gives comparable figures.
 */
public sealed interface Conversion {

    /** The figure's unit, as the table prints it. */
    String unit();

    /** The figure from {@code value}, given in JMH's {@code jmhUnit}, with the result's parameters. */
    OptionalDouble apply(double value, String jmhUnit, Map<String, String> params);

    /** Nanoseconds per bar: the time of one operation divided by the parameter {@code barsParam}. */
    static Conversion nanosPerBar(String barsParam) {
        return new PerBar(barsParam);
    }

    /** Bars per second: the parameter {@code barsParam} divided by the time of one operation. */
    static Conversion barsPerSecond(String barsParam) {
        return new BarsPerSecond(barsParam);
    }

    /** The time of one operation in milliseconds. */
    static Conversion millis() {
        return new Millis();
    }

    /** The number of seconds in one unit of a JMH time-per-operation unit ({@code us/op}). */
    static double secondsPer(String jmhUnit) {
        return switch (jmhUnit) {
            case "ns/op" -> 1e-9;
            case "us/op" -> 1e-6;
            case "ms/op" -> 1e-3;
            case "s/op" -> 1;
            case "min/op" -> 60;
            default -> throw new IllegalArgumentException("not a time per operation: " + jmhUnit);
        };
    }

    private static OptionalDouble bars(Map<String, String> params, String name) {
        String bars = params.get(name);
        return bars == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(bars));
    }

    /** See {@link #nanosPerBar}. */
    record PerBar(String barsParam) implements Conversion {
        @Override
        public String unit() {
            return "ns/bar";
        }

        @Override
        public OptionalDouble apply(double value, String jmhUnit, Map<String, String> params) {
            OptionalDouble bars = bars(params, barsParam);
            return bars.isPresent()
                    ? OptionalDouble.of(value * secondsPer(jmhUnit) * 1e9 / bars.getAsDouble())
                    : OptionalDouble.empty();
        }
    }

    /** See {@link #barsPerSecond}. */
    record BarsPerSecond(String barsParam) implements Conversion {
        @Override
        public String unit() {
            return "bars/s";
        }

        @Override
        public OptionalDouble apply(double value, String jmhUnit, Map<String, String> params) {
            OptionalDouble bars = bars(params, barsParam);
            return bars.isPresent()
                    ? OptionalDouble.of(bars.getAsDouble() / (value * secondsPer(jmhUnit)))
                    : OptionalDouble.empty();
        }
    }

    /** See {@link #millis}. */
    record Millis() implements Conversion {
        @Override
        public String unit() {
            return "ms";
        }

        @Override
        public OptionalDouble apply(double value, String jmhUnit, Map<String, String> params) {
            return OptionalDouble.of(value * secondsPer(jmhUnit) * 1e3);
        }
    }
}
