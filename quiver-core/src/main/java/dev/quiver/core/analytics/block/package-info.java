/**
 * Building blocks shared by the kernels of every family, so that no arithmetic is written twice:
 * step functions (an EMA step, a Wilder step) called by batch loops and incremental states alike, and small incremental blocks (a rolling sum, a rolling extreme, the moving averages behind
 * {@code matype}) that compose into larger states.
 *
 * <p>Every block is updated by {@code step(x, commit)}: it returns the output for {@code x} given
 * the committed history, and adds {@code x} to that history only when {@code commit} is true. Blocks
 * return NaN until their own lookback is satisfied. Blocks are not thread-safe and allocate nothing
 * after construction.
 */
package dev.quiver.core.analytics.block;
