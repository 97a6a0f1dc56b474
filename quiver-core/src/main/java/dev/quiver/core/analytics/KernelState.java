package dev.quiver.core.analytics;

import java.util.Arrays;

/**
 * Base of every analytic's incremental state: applies the missing-value rule (a row with a NaN in
 * any input gives NaN outputs and commits no value) and holds the outputs, so that a subclass only
 * writes {@link #step}. Not thread-safe.
 */
public abstract class KernelState implements IncrementalState {

    private final int inputCount;

    /** The outputs of the last update, written by {@link #step}; NaN where undefined. */
    protected final double[] out;

    /** Creates a state with all outputs NaN. */
    protected KernelState(int inputCount, int outputCount) {
        this.inputCount = inputCount;
        this.out = new double[outputCount];
        Arrays.fill(out, Double.NaN);
    }

    @Override
    public final int inputCount() {
        return inputCount;
    }

    @Override
    public final int outputCount() {
        return out.length;
    }

    @Override
    public final void update(double[] row, boolean provisional) {
        for (int k = 0; k < inputCount; k++) {
            if (Double.isNaN(row[k])) {
                Arrays.fill(out, Double.NaN);
                onMissing(row, !provisional);
                return;
            }
        }
        step(row, !provisional);
    }

    @Override
    public final double value(int k) {
        return out[k];
    }

    /**
     * Computes the outputs for a row of finite-or-infinite inputs into {@link #out}, and commits the
     * bar into the state only when {@code commit} is true.
     */
    protected abstract void step(double[] row, boolean commit);

    /**
     * Called for a row with a NaN in some input, after its outputs were set to NaN. By default it does
     * nothing. A state overrides it only to note that such a row went by, when {@code commit} is true:
     * a return metric takes the first bar of its range as its base bar even though that bar has no
     * return. It must leave the outputs NaN.
     */
    protected void onMissing(double[] row, boolean commit) {}
}
