package dev.quiver.core.analytics.support;

import java.util.List;
import java.util.Objects;

/**
 * Daily bars as columns, for tests.
 *
 * @param open opening prices
 * @param high highs
 * @param low lows
 * @param close closes
 * @param volume volumes
 * @param time each bar's start in epoch seconds, or null when the source has no dates
 */
public record Bars(double[] open, double[] high, double[] low, double[] close, double[] volume, double[] time) {

    /** Bars without times. */
    public Bars(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        this(open, high, low, close, volume, null);
    }

    /** The number of bars. */
    public int size() {
        return close.length;
    }

    /**
     * The columns for an analytic's input names: the five fields by name. For the metrics: {@code returns} is the intraday return {@code close / open - 1} and {@code factor}
     * the return of the bar's midpoint over its open, {@code (high + low) / (2 open) - 1}, two related
     * returns series with a value at every bar (so that lookbacks count from the first bar), and
     * {@code time} is the bar times.
     */
    public double[][] columns(List<String> inputs) {
        double[][] c = new double[inputs.size()][];
        for (int k = 0; k < c.length; k++) {
            c[k] = switch (inputs.get(k)) {
                case "open" -> open;
                case "high" -> high;
                case "low" -> low;
                case "close" -> close;
                case "volume" -> volume;
                case "returns" -> intradayReturns();
                case "factor" -> midpointReturns();
                case "time" -> Objects.requireNonNull(time, "these bars have no times");
                default -> throw new IllegalArgumentException("no test column for input " + inputs.get(k));
            };
        }
        return c;
    }

    private double[] intradayReturns() {
        double[] r = new double[size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = close[i] / open[i] - 1;
        }
        return r;
    }

    private double[] midpointReturns() {
        double[] r = new double[size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = (high[i] + low[i]) / (2 * open[i]) - 1;
        }
        return r;
    }
}
