/**
 * Building blocks shared by the kernels of every family, so that no arithmetic is written twice:
 * step functions (an EMA step, a Wilder step) called by batch loops and incremental states alike, and small incremental blocks (a rolling sum, a rolling extreme, the moving averages behind
 * {@code matype}) that compose into larger states.
 *
 * <p>Every block is updated by {@code step(x, commit)}: it returns the output for {@code x} given
 * the committed history, and adds {@code x} to that history only when {@code commit} is true. Blocks
 * return NaN until their own lookback is satisfied. Blocks are not thread-safe and allocate nothing
 * after construction.
 *
 * <p>The return and risk metrics share a second set: {@link
 * dev.quiver.core.analytics.block.MetricState} (the first bar of the range is the base bar), windows
 * that are expanding or rolling ({@link dev.quiver.core.analytics.block.SlidingWindow} over Welford
 * {@link dev.quiver.core.analytics.block.Moments} and {@link
 * dev.quiver.core.analytics.block.CoMoments}, {@link dev.quiver.core.analytics.block.WealthWindow},
 * {@link dev.quiver.core.analytics.block.SortedWindow}), and the states that run a metric over them.
 * Their {@code next(..., commit)} works as {@code step}; an expanding {@code SortedWindow} grows its
 * array by doubling.
 */
package dev.quiver.core.analytics.block;
