package dev.quiver.bench.report;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How a figure is made from a statistic of a result: a time per operation as such, per item (bar,
 * node, tick), or turned into a rate of items per second; or a harness's value as it is. Items come
 * from a parameter of the result, so a quick run with fewer items ({@code -p bars=...}) still gives
 * comparable figures.
 */
public sealed interface Conversion {

    /** The figure's unit, as the table prints it. */
    String unit();

    /** The figure from {@code value}, given in the result's {@code resultUnit}, with its parameters. */
    OptionalDouble apply(double value, String resultUnit, Map<String, String> params);

    /** Nanoseconds per bar: the time of one operation divided by the parameter {@code barsParam}. */
    static Conversion nanosPerBar(String barsParam) {
        return nanosPer("bar", barsParam);
    }

    /**
     * Nanoseconds per item: the time of one operation divided by the product of the parameters
     * {@code itemsParams} (bars times nodes, say); the unit is {@code ns/<item>}.
     */
    static Conversion nanosPer(String item, String... itemsParams) {
        return new NanosPer(item, List.of(itemsParams));
    }

    /** Bars per second: the parameter {@code barsParam} divided by the time of one operation. */
    static Conversion barsPerSecond(String barsParam) {
        return perSecond(barsParam, "bars");
    }

    /**
     * Items per second: the parameter {@code itemsParam} divided by the time of one operation; the
     * unit is {@code <items>/s}.
     */
    static Conversion perSecond(String itemsParam, String items) {
        return new PerSecond(itemsParam, items);
    }

    /** The time of one operation in milliseconds. */
    static Conversion millis() {
        return new Time("ms", 1e-3);
    }

    /** The time of one operation in microseconds. */
    static Conversion micros() {
        return new Time("µs", 1e-6);
    }

    /**
     * The value as the result gives it in {@code resultUnit} (a harness's bytes, say), shown in
     * {@code unit}: the same quantity, under the table's name for it.
     */
    static Conversion asIs(String resultUnit, String unit) {
        return new AsIs(resultUnit, unit);
    }

    /** The number of seconds in one unit of a time-per-operation unit ({@code us/op}). */
    static double secondsPer(String resultUnit) {
        return switch (resultUnit) {
            case "ns/op" -> 1e-9;
            case "us/op" -> 1e-6;
            case "ms/op" -> 1e-3;
            case "s/op" -> 1;
            case "min/op" -> 60;
            default -> throw new IllegalArgumentException("not a time per operation: " + resultUnit);
        };
    }

    private static OptionalDouble count(Map<String, String> params, String name) {
        String items = params.get(name);
        return items == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(items));
    }

    /**
     * See {@link #nanosPer}.
     *
     * @param item what one item is, for the unit
     * @param itemsParams the parameters whose product is the number of items, at least one
     */
    record NanosPer(String item, List<String> itemsParams) implements Conversion {

        /** Copies the parameters' names and checks that there is at least one. */
        public NanosPer {
            itemsParams = List.copyOf(itemsParams);
            if (itemsParams.isEmpty()) {
                throw new IllegalArgumentException("ns per " + item + " needs a parameter that counts them");
            }
        }

        @Override
        public String unit() {
            return "ns/" + item;
        }

        @Override
        public OptionalDouble apply(double value, String resultUnit, Map<String, String> params) {
            double items = 1;
            for (String param : itemsParams) {
                OptionalDouble count = count(params, param);
                if (count.isEmpty()) {
                    return count;
                }
                items *= count.getAsDouble();
            }
            return OptionalDouble.of(value * secondsPer(resultUnit) * 1e9 / items);
        }
    }

    /** See {@link #perSecond}. */
    record PerSecond(String itemsParam, String items) implements Conversion {
        @Override
        public String unit() {
            return items + "/s";
        }

        @Override
        public OptionalDouble apply(double value, String resultUnit, Map<String, String> params) {
            OptionalDouble count = count(params, itemsParam);
            return count.isPresent()
                    ? OptionalDouble.of(count.getAsDouble() / (value * secondsPer(resultUnit)))
                    : OptionalDouble.empty();
        }
    }

    /**
     * See {@link #millis} and {@link #micros}.
     *
     * @param unit the figure's unit
     * @param seconds the number of seconds in one of it
     */
    record Time(String unit, double seconds) implements Conversion {
        @Override
        public OptionalDouble apply(double value, String resultUnit, Map<String, String> params) {
            return OptionalDouble.of(value * secondsPer(resultUnit) / seconds);
        }
    }

    /**
     * See {@link #asIs}.
     *
     * @param expected the unit the result must be in
     * @param unit the figure's unit
     */
    record AsIs(String expected, String unit) implements Conversion {
        @Override
        public OptionalDouble apply(double value, String resultUnit, Map<String, String> params) {
            if (!resultUnit.equals(expected)) {
                throw new IllegalArgumentException("expected a value in " + expected + ", got " + resultUnit);
            }
            return OptionalDouble.of(value);
        }
    }
}
