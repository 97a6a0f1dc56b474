package dev.quiver.core.analytics;

/**
 * The live form of a bound analytic: state advanced one bar at a time, in O(1) time and memory per
 * update (windowed analytics hold their window), without allocating.
 *
 * <p>Each bar is given by {@link #update}: its input values in a row the caller owns and may reuse,
 * and whether the bar is still forming. A provisional update computes the outputs from the
 * committed state plus that row without committing it; the next update, provisional or final,
 * replaces it. A final update commits the bar. A row with a NaN in any input yields NaN outputs and
 * leaves the state as it was. Outputs are NaN until the analytic's lookback is satisfied.
 *
 * <p>Not thread-safe: one thread (the shard's single writer) owns a state.
 */
public interface IncrementalState {

    /** How many input values a row holds, in the order of the definition's inputs. */
    int inputCount();

    /** How many outputs the analytic has. */
    int outputCount();

    /**
     * Gives the next bar.
     *
     * @param row the input values, length {@link #inputCount()}; read during the call only
     * @param provisional {@code true} for a forming bar (not committed), {@code false} to commit
     */
    void update(double[] row, boolean provisional);

    /** Output {@code k} after the last update; NaN where undefined. */
    double value(int k);

    /** The first output after the last update. */
    default double value() {
        return value(0);
    }
}
