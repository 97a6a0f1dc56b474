package dev.quiver.core.analytics.support;

import java.util.List;

/**
 * Daily bars as columns, for tests.
 *
 * @param open opening prices
 * @param high highs
 * @param low lows
 * @param close closes
 * @param volume volumes
 */
public record Bars(double[] open, double[] high, double[] low, double[] close, double[] volume) {

    /** The number of bars. */
    public int size() {
        return close.length;
    }

    /** The columns for an analytic's input names, the five fields by name. */
    public double[][] columns(List<String> inputs) {
        double[][] c = new double[inputs.size()][];
        for (int k = 0; k < c.length; k++) {
            c[k] = switch (inputs.get(k)) {
                case "open" -> open;
                case "high" -> high;
                case "low" -> low;
                case "close" -> close;
                case "volume" -> volume;
                default -> throw new IllegalArgumentException("no test column for input " + inputs.get(k));
            };
        }
        return c;
    }
}
