package dev.quiver.core.analytics.block;

/**
 * Statistics of a multiset of rows of quantities that can be added and removed, so that a {@link
 * SlidingWindow} keeps them over an expanding or rolling window. Not thread-safe.
 *
 * @param <A> the accumulator type itself
 */
public interface Accumulator<A extends Accumulator<A>> {

    /** How many quantities a row holds. */
    int width();

    /** Adds a row of {@link #width()} quantities, read during the call only. */
    void add(double[] row);

    /** Removes a row that was added earlier. */
    void remove(double[] row);

    /** Becomes a copy of {@code other}, without allocating. */
    void set(A other);
}
