package dev.quiver.core.analytics;

/**
 * The historical form of a bound analytic: whole input columns in, whole output columns out. Each
 * output column has the inputs' length, with NaN before the lookback and at rows with a NaN input.
 * Immutable and thread-safe.
 */
public interface BatchKernel {

    /** How many input columns {@link #compute} takes, in the order of the definition's inputs. */
    int inputCount();

    /** How many output columns it fills. */
    int outputCount();

    /** The number of leading rows without output. */
    int lookback();

    /**
     * Computes into caller-owned columns.
     *
     * @throws IllegalArgumentException if column counts or lengths do not match
     */
    void compute(double[][] inputs, double[][] outputs);

    /** Computes into new columns. */
    default double[][] compute(double[][] inputs) {
        int n = inputs.length == 0 ? 0 : inputs[0].length;
        double[][] outputs = new double[outputCount()][n];
        compute(inputs, outputs);
        return outputs;
    }
}
