package dev.quiver.core.analytics.block;

import dev.quiver.core.analytics.AnalyticKernel;
import dev.quiver.core.analytics.KernelState;

/**
 * The kernel of a one-output analytic that depends on the current bar only (price transforms,
 * balance of power): lookback 0, no history. Immutable and thread-safe.
 */
public final class RowKernel implements AnalyticKernel {

    /** The value of one bar from its input row. */
    @FunctionalInterface
    public interface RowFunction {
        /** Computes the output from the inputs, in the definition's input order. */
        double apply(double[] row);
    }

    private final int inputCount;
    private final RowFunction function;

    /** A kernel applying {@code function} to rows of {@code inputCount} values. */
    public RowKernel(int inputCount, RowFunction function) {
        this.inputCount = inputCount;
        this.function = function;
    }

    @Override
    public int lookback() {
        return 0;
    }

    @Override
    public KernelState newState() {
        return new KernelState(inputCount, 1) {
            @Override
            protected void step(double[] row, boolean commit) {
                out[0] = function.apply(row);
            }
        };
    }
}
