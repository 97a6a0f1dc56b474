package dev.quiver.core.analytics.block;

import java.util.function.Supplier;

/**
 * An {@link Accumulator} over the rows of an expanding window (every row since the start) or a
 * rolling one (the last {@code size} rows), updated in O(1) per row. A row is first added to a
 * scratch copy of the committed statistics, with the oldest row removed when the window is full;
 * the copy becomes the committed statistics only on commit, so a provisional row and a committed one
 * go through the same arithmetic. Not thread-safe; allocates only at construction.
 *
 * @param <A> the accumulator
 */
public final class SlidingWindow<A extends Accumulator<A>> {

    private final int size;
    private final A committed;
    private final A current;
    private final RingBuffer[] rows;
    private final double[] leaving;

    /**
     * A window over {@code size} rows, or expanding when {@code size} is 0.
     *
     * @param accumulators creates the two accumulators it holds
     */
    public SlidingWindow(int size, Supplier<A> accumulators) {
        this.size = size;
        this.committed = accumulators.get();
        this.current = accumulators.get();
        int width = committed.width();
        this.rows = new RingBuffer[size == 0 ? 0 : width];
        for (int k = 0; k < rows.length; k++) {
            rows[k] = new RingBuffer(size);
        }
        this.leaving = new double[width];
    }

    /**
     * Makes {@link #current()} the statistics of the committed window with {@code row} added (and the
     * oldest row removed when the window is full), and commits it when asked.
     *
     * @return whether the window with {@code row} holds its full size; always true when expanding
     */
    public boolean next(double[] row, boolean commit) {
        current.set(committed);
        current.add(row);
        if (size == 0) {
            if (commit) {
                committed.set(current);
            }
            return true;
        }
        boolean full = rows[0].isFull();
        if (full) {
            for (int k = 0; k < rows.length; k++) {
                leaving[k] = rows[k].oldest();
            }
            current.remove(leaving);
        }
        boolean complete = full || rows[0].size() == size - 1;
        if (commit) {
            committed.set(current);
            for (int k = 0; k < rows.length; k++) {
                rows[k].push(row[k]);
            }
        }
        return complete;
    }

    /** The statistics after the last {@link #next}. */
    public A current() {
        return current;
    }

    /** How many quantities a row holds. */
    public int width() {
        return leaving.length;
    }
}
