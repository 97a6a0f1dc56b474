package dev.quiver.core.analytics.block;

/**
 * An incremental one-input, one-output block, such as a moving average. An abstract class rather
 * than an interface: a state stepping filters of many kinds through one call site then dispatches
 * through the class's method table, a load and an indirect call, where an interface would search
 * the class's interfaces first. Not thread-safe.
 */
public abstract class Filter {

    /**
     * The output for {@code x} after the committed history; {@code x} joins that history only if
     * {@code commit}. NaN until {@link #lookback()} inputs precede {@code x}.
     */
    public abstract double step(double x, boolean commit);

    /** How many committed inputs must precede an input for it to produce an output. */
    public abstract int lookback();
}
