package dev.quiver.core.analytics.block;

/**
 * An incremental one-input, one-output block, such as a moving average. Not thread-safe.
 */
public interface Filter {

    /**
     * The output for {@code x} after the committed history; {@code x} joins that history only if
     * {@code commit}. NaN until {@link #lookback()} inputs precede {@code x}.
     */
    double step(double x, boolean commit);

    /** How many committed inputs must precede an input for it to produce an output. */
    int lookback();
}
