package dev.quiver.core.analytics;

/**
 * What each analytic implements once its parameters are bound: its lookback, its incremental state
 * and its batch computation. The default batch computation runs a fresh state over the rows, so
 * both forms share every step by construction; kernels whose speed matters override {@link
 * #compute} with a plain array loop that calls the same static step functions as their state. Such
 * a loop does not test its inputs: a NaN poisons its running state, which it checks once at the
 * end, and then it falls back to the default, which skips rows with a NaN.
 *
 * <p>Implementations are immutable and thread-safe; each state they create is not.
 */
public interface AnalyticKernel {

    /** The number of leading bars without output: the first output is at index {@code lookback()}. */
    int lookback();

    /** A fresh state with nothing committed. */
    KernelState newState();

    /**
     * Fills {@code outputs} from {@code inputs}: every index written, NaN where undefined.
     *
     * @param inputs one column per input, all of the same length
     * @param outputs one column per output, of that length, overwritten
     */
    default void compute(double[][] inputs, double[][] outputs) {
        KernelState state = newState();
        int n = inputs[0].length;
        double[] row = new double[inputs.length];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < row.length; k++) {
                row[k] = inputs[k][i];
            }
            state.update(row, false);
            for (int j = 0; j < outputs.length; j++) {
                outputs[j][i] = state.out[j];
            }
        }
    }
}
