package dev.quiver.core.series;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Bars of one asset at one interval as primitive columns, in ascending time order.
 *
 * <p>Times are epoch seconds of each bar's start. Volumes may be NaN where a source has none. The
 * columns are copied in and never exposed for writing, so a series is immutable and thread-safe;
 * {@link #column} returns a copy, which kernels may reuse freely.
 */
public final class BarSeries {

    private static final BarSeries EMPTY = new BarSeries(new long[0], new double[5][0]);

    private final long[] times;
    private final double[][] columns;

    private BarSeries(long[] times, double[][] columns) {
        this.times = times;
        this.columns = columns;
    }

    /** The series without bars. */
    public static BarSeries empty() {
        return EMPTY;
    }

    /**
     * Creates a series from columns of equal length, copying them.
     *
     * @throws IllegalArgumentException if lengths differ or times are not strictly ascending
     */
    public static BarSeries of(
            long[] times, double[] open, double[] high, double[] low, double[] close, double[] volume) {
        int n = times.length;
        for (double[] c : new double[][] {open, high, low, close, volume}) {
            if (c.length != n) {
                throw new IllegalArgumentException(
                        "columns differ in length: " + n + " times, " + c.length + " values");
            }
        }
        for (int i = 1; i < n; i++) {
            if (times[i] <= times[i - 1]) {
                throw new IllegalArgumentException("bar times must ascend strictly; bar " + i + " at "
                        + Instant.ofEpochSecond(times[i]) + " does not follow " + Instant.ofEpochSecond(times[i - 1]));
            }
        }
        return new BarSeries(
                times.clone(), new double[][] {open.clone(), high.clone(), low.clone(), close.clone(), volume.clone()});
    }

    /** Creates a series from bars in ascending time order. */
    public static BarSeries of(List<Bar> bars) {
        int n = bars.size();
        long[] t = new long[n];
        double[][] c = new double[5][n];
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            t[i] = b.time().getEpochSecond();
            c[0][i] = b.open();
            c[1][i] = b.high();
            c[2][i] = b.low();
            c[3][i] = b.close();
            c[4][i] = b.volume();
        }
        return of(t, c[0], c[1], c[2], c[3], c[4]);
    }

    /** The number of bars. */
    public int size() {
        return times.length;
    }

    /** Whether there are no bars. */
    public boolean isEmpty() {
        return times.length == 0;
    }

    /** Epoch seconds of bar {@code i}'s start. */
    public long time(int i) {
        return times[i];
    }

    /** The value of {@code field} at bar {@code i}. */
    public double value(PriceField field, int i) {
        return columns[field.ordinal()][i];
    }

    /** Bar {@code i} as a value. */
    public Bar bar(int i) {
        return new Bar(
                Instant.ofEpochSecond(times[i]),
                columns[0][i],
                columns[1][i],
                columns[2][i],
                columns[3][i],
                columns[4][i]);
    }

    /** A copy of the bar start times, in epoch seconds. */
    public long[] times() {
        return times.clone();
    }

    /** A copy of one column. */
    public double[] column(PriceField field) {
        return columns[field.ordinal()].clone();
    }

    /** The bars {@code [fromInclusive, toExclusive)}. */
    public BarSeries slice(int fromInclusive, int toExclusive) {
        double[][] c = new double[5][];
        for (int k = 0; k < 5; k++) {
            c[k] = Arrays.copyOfRange(columns[k], fromInclusive, toExclusive);
        }
        return new BarSeries(Arrays.copyOfRange(times, fromInclusive, toExclusive), c);
    }

    /**
     * The series with every price multiplied by {@code priceFactor[i]} and every volume by {@code
     * volumeFactor[i]}: how adjusted views are made.
     */
    BarSeries scaled(double[] priceFactor, double[] volumeFactor) {
        int n = size();
        double[][] c = new double[5][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 4; k++) {
                c[k][i] = columns[k][i] * priceFactor[i];
            }
            c[4][i] = columns[4][i] * volumeFactor[i];
        }
        return new BarSeries(times, c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BarSeries other
                && Arrays.equals(times, other.times)
                && Arrays.deepEquals(columns, other.columns);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(times) + Arrays.deepHashCode(columns);
    }

    @Override
    public String toString() {
        return isEmpty()
                ? "BarSeries[]"
                : "BarSeries[" + size() + " bars, " + Instant.ofEpochSecond(times[0]) + " .. "
                        + Instant.ofEpochSecond(times[size() - 1]) + "]";
    }
}
