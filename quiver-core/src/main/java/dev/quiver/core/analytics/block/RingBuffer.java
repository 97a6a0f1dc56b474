package dev.quiver.core.analytics.block;

/**
 * The last {@code capacity} committed values of a series, oldest first. Not thread-safe; allocates
 * only at construction.
 */
public final class RingBuffer {

    private final double[] values;
    private int next;
    private int size;

    /** An empty buffer holding up to {@code capacity} values (at least 1). */
    public RingBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.values = new double[capacity];
    }

    /** Appends a value, dropping the oldest when full. */
    public void push(double v) {
        values[next] = v;
        next = next + 1 == values.length ? 0 : next + 1;
        if (size < values.length) {
            size++;
        }
    }

    /** How many values are held. */
    public int size() {
        return size;
    }

    /** Whether {@code capacity} values are held. */
    public boolean isFull() {
        return size == values.length;
    }

    /** The value {@code i} positions after the oldest held one ({@code 0 <= i < size()}). */
    public double get(int i) {
        int j = next - size + i;
        return values[j < 0 ? j + values.length : j];
    }

    /** The oldest value held; the next {@link #push} drops it when the buffer is full. */
    public double oldest() {
        return size == values.length ? values[next] : get(0);
    }

    /** The newest value held. */
    public double newest() {
        return get(size - 1);
    }
}
