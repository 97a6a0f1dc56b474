package dev.quiver.core.analytics.block;

import java.util.Arrays;

/**
 * The values of an expanding or rolling window kept in ascending order, for order statistics:
 * numpy's linearly interpolated percentile and the mean of the smallest values. A value is inserted
 * (and the oldest removed when the window is full) by binary search and one array move, O(size); a
 * provisional value is then taken out again with {@link #settle}, which restores the same array.
 *
 * <p>Not thread-safe. A rolling window allocates only at construction; an expanding one grows its
 * array by doubling, so it allocates O(log n) times over n values (amortised O(1) per value).
 */
public final class SortedWindow {

    private final int size;
    private final RingBuffer arrivals;
    private double[] sorted;
    private int count;
    private double added;
    private double removed;
    private boolean didRemove;

    /** A window over {@code size} values, or expanding when {@code size} is 0. */
    public SortedWindow(int size) {
        this.size = size;
        this.arrivals = size == 0 ? null : new RingBuffer(size);
        this.sorted = new double[size == 0 ? 64 : size + 1];
    }

    /**
     * Inserts {@code x}, and removes the oldest value when the window is full, so that the queries
     * see the window ending with {@code x}. Must be followed by {@link #settle} before the next call.
     *
     * @return whether the window holds its full size; always true when expanding
     */
    public boolean add(double x) {
        added = x;
        insert(x);
        didRemove = arrivals != null && arrivals.isFull();
        if (didRemove) {
            removed = arrivals.oldest();
            delete(removed);
        }
        return arrivals == null || count == size;
    }

    /** Keeps the value of the last {@link #add} when {@code commit}, otherwise restores the window before it. */
    public void settle(boolean commit) {
        if (commit) {
            if (arrivals != null) {
                arrivals.push(added);
            }
            return;
        }
        if (didRemove) {
            insert(removed);
        }
        delete(added);
    }

    /** How many values the window holds. */
    public int count() {
        return count;
    }

    /**
     * numpy's {@code percentile(values, 100 * q)} with linear interpolation: the value at virtual index
     * {@code h = (count - 1) * q} between its neighbours, interpolated from the nearer one as numpy
     * 1.22+ does ({@code b - (b - a) * (1 - t)} when {@code t >= 0.5}). NaN when empty.
     */
    public double percentile(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        double h = (count - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, count - 1);
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[hi];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /** The mean of the {@code k} smallest values, {@code 1 <= k <= count()}, summed from the smallest. */
    public double meanOfSmallest(int k) {
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += sorted[i];
        }
        return sum / k;
    }

    private void insert(double x) {
        if (count == sorted.length) {
            sorted = Arrays.copyOf(sorted, 2 * sorted.length);
        }
        int i = upperBound(x);
        System.arraycopy(sorted, i, sorted, i + 1, count - i);
        sorted[i] = x;
        count++;
    }

    private void delete(double x) {
        int i = upperBound(x) - 1;
        System.arraycopy(sorted, i + 1, sorted, i, count - i - 1);
        count--;
    }

    /** The first index holding a value greater than {@code x}. */
    private int upperBound(double x) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], x) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
