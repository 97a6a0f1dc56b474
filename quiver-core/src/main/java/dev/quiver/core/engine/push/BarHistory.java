package dev.quiver.core.engine.push;

import dev.quiver.core.engine.pull.Alignment;
import java.util.Arrays;

/**
 * The committed bars of one asset as growable primitive columns, ascending by key: what replays
 * rebuild states from, and what other assets' fields are aligned against. Fields are indexed as
 * {@link Fields} numbers them. Not thread-safe: owned by one shard's writer; a copy handed to another
 * shard passes ownership with it.
 */
final class BarHistory {

    /** Bars a history has room for beyond those it is created with. */
    static final int HEADROOM = 64;

    private long[] times;
    private long[] keys;
    private double[][] columns;
    private int size;

    /** Room for {@link #HEADROOM} bars before the first growth. */
    BarHistory() {
        this(HEADROOM);
    }

    /** Room for {@code capacity} bars before the first growth (doubling). */
    BarHistory(int capacity) {
        times = new long[capacity];
        keys = new long[capacity];
        columns = new double[Fields.COUNT][capacity];
    }

    int size() {
        return size;
    }

    /** Start of bar {@code i} in epoch seconds. */
    long time(int i) {
        return times[i];
    }

    /** Alignment key of bar {@code i} (see {@link BarClock#keyOf}). */
    long key(int i) {
        return keys[i];
    }

    double value(int field, int i) {
        return columns[field][i];
    }

    /** The values of bar {@code i} in {@link Fields} order, in a new array. */
    double[] fields(int i) {
        double[] fields = new double[Fields.COUNT];
        for (int f = 0; f < Fields.COUNT; f++) {
            fields[f] = columns[f][i];
        }
        return fields;
    }

    /** The index of the bar with key {@code key}, or a negative number when there is none. */
    int indexOf(long key) {
        return Arrays.binarySearch(keys, 0, size, key);
    }

    /** The key of the last bar, {@link Long#MIN_VALUE} when there is none. */
    long lastKey() {
        return size == 0 ? Long.MIN_VALUE : keys[size - 1];
    }

    /**
     * Writes a bar at its key: appended after the last, replacing the bar of the same key, or inserted
     * before later ones.
     *
     * @param fields the values in {@link Fields} order; read during the call only
     */
    void put(long time, long key, double[] fields) {
        int i = size == 0 || key > keys[size - 1] ? -size - 1 : Arrays.binarySearch(keys, 0, size, key);
        if (i < 0) {
            i = -i - 1;
            grow();
            System.arraycopy(times, i, times, i + 1, size - i);
            System.arraycopy(keys, i, keys, i + 1, size - i);
            for (double[] c : columns) {
                System.arraycopy(c, i, c, i + 1, size - i);
            }
            size++;
        }
        times[i] = time;
        keys[i] = key;
        for (int f = 0; f < Fields.COUNT; f++) {
            columns[f][i] = fields[f];
        }
    }

    /**
     * The value of {@code field} on the bar with key {@code key}; under {@link Alignment#ASOF} the
     * last bar at or before it. NaN when there is none.
     */
    double aligned(int field, long key, Alignment alignment) {
        if (size == 0) {
            return Double.NaN;
        }
        int i = key == keys[size - 1] ? size - 1 : Arrays.binarySearch(keys, 0, size, key);
        if (i >= 0) {
            return columns[field][i];
        }
        int before = -i - 2;
        return alignment == Alignment.ASOF && before >= 0 ? columns[field][before] : Double.NaN;
    }

    /** A copy with the same bars, for another shard. */
    BarHistory copy() {
        BarHistory copy = new BarHistory(Math.max(size, 1));
        System.arraycopy(times, 0, copy.times, 0, size);
        System.arraycopy(keys, 0, copy.keys, 0, size);
        for (int f = 0; f < Fields.COUNT; f++) {
            System.arraycopy(columns[f], 0, copy.columns[f], 0, size);
        }
        copy.size = size;
        return copy;
    }

    private void grow() {
        if (size < times.length) {
            return;
        }
        int capacity = times.length * 2;
        times = Arrays.copyOf(times, capacity);
        keys = Arrays.copyOf(keys, capacity);
        for (int f = 0; f < Fields.COUNT; f++) {
            columns[f] = Arrays.copyOf(columns[f], capacity);
        }
    }
}
