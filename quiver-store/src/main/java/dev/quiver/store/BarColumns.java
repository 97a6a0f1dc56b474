package dev.quiver.store;

import dev.quiver.core.series.BarSeries;
import java.util.Arrays;

/** Bars read row by row into growing primitive columns, then frozen as a {@link BarSeries}. Not thread-safe. */
final class BarColumns {

    private long[] times;
    private double[] open;
    private double[] high;
    private double[] low;
    private double[] close;
    private double[] volume;
    private int size;

    BarColumns(int capacity) {
        times = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    void add(long time, double o, double h, double l, double c, double v) {
        if (size == times.length) {
            grow();
        }
        times[size] = time;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        volume[size] = v;
        size++;
    }

    BarSeries toSeries() {
        return size == 0
                ? BarSeries.empty()
                : BarSeries.of(
                        Arrays.copyOf(times, size),
                        Arrays.copyOf(open, size),
                        Arrays.copyOf(high, size),
                        Arrays.copyOf(low, size),
                        Arrays.copyOf(close, size),
                        Arrays.copyOf(volume, size));
    }

    private void grow() {
        int capacity = Math.max(16, times.length * 2);
        times = Arrays.copyOf(times, capacity);
        open = Arrays.copyOf(open, capacity);
        high = Arrays.copyOf(high, capacity);
        low = Arrays.copyOf(low, capacity);
        close = Arrays.copyOf(close, capacity);
        volume = Arrays.copyOf(volume, capacity);
    }
}
