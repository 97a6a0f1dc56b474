package dev.quiver.core.analytics.block;

/**
 * Filters applied one after another: each receives the previous one's outputs from its first
 * defined value on, as TA-Lib composes DEMA, TEMA, TRIMA and T3. Not thread-safe.
 */
public final class Chain {

    private final Filter[] stages;
    private final double[] values;

    /** A chain of fresh filters, first to last. */
    public Chain(Filter... stages) {
        this.stages = stages.clone();
        this.values = new double[stages.length];
    }

    /**
     * Steps every stage that has input; afterwards {@link #value(int)} holds each stage's output
     * (NaN where undefined).
     *
     * @return the last stage's output
     */
    public double step(double x, boolean commit) {
        double v = x;
        for (int i = 0; i < stages.length; i++) {
            v = Double.isNaN(v) ? Double.NaN : stages[i].step(v, commit);
            values[i] = v;
        }
        return v;
    }

    /** Stage {@code i}'s output after the last {@link #step}. */
    public double value(int i) {
        return values[i];
    }

    /** The sum of the stages' lookbacks. */
    public int lookback() {
        int total = 0;
        for (Filter f : stages) {
            total += f.lookback();
        }
        return total;
    }
}
