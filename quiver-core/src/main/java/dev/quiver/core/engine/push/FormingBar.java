package dev.quiver.core.engine.push;

/**
 * The bar still forming for one asset: ticks fold into it (open the first price, high and low the
 * running extremes, close the last price, volume the running sum in arrival order), or a bar
 * snapshot replaces it whole. Its values are provisional until the bar is closed. Allocation-free.
 * Not thread-safe: owned by one shard's writer.
 */
final class FormingBar {

    private boolean active;
    private long start;
    private long end;
    private long key;
    private double open;
    private double high;
    private double low;
    private double close;
    private double volume;

    /** Whether a bar is forming. */
    boolean active() {
        return active;
    }

    /** Start of the forming bar, epoch seconds. */
    long start() {
        return start;
    }

    /** Alignment key of the forming bar. */
    long key() {
        return key;
    }

    /** Whether the instant {@code epochSecond} falls inside the forming bar. */
    boolean contains(long epochSecond) {
        return active && epochSecond >= start && epochSecond < end;
    }

    /** Starts a bar with one tick. */
    void begin(long start, long end, long key, double price, double volume) {
        set(start, end, key, price, price, price, price, volume);
    }

    /** Folds a tick into the forming bar. */
    void add(double price, double volume) {
        high = Math.max(high, price);
        low = Math.min(low, price);
        close = price;
        this.volume += volume;
    }

    /** Replaces the forming bar with a snapshot of it. */
    void set(long start, long end, long key, double open, double high, double low, double close, double volume) {
        this.active = true;
        this.start = start;
        this.end = end;
        this.key = key;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
    }

    /** Ends the bar; its values stay readable until the next one begins. */
    void clear() {
        active = false;
    }

    /** The value of a price field or volume ({@link Fields} numbering, without the adjusted close). */
    double value(int field) {
        return switch (field) {
            case Fields.OPEN -> open;
            case Fields.HIGH -> high;
            case Fields.LOW -> low;
            case Fields.CLOSE -> close;
            case Fields.VOLUME -> volume;
            default -> throw new IllegalArgumentException("no field " + field + " in a forming bar");
        };
    }
}
