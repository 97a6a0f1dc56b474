package dev.quiver.bench.server;

import java.util.concurrent.TimeUnit;

/**
 * The schedule of one run of ticks and how each is recognised in the stream. Ticks are numbered from
 * 0; tick {@code i} is for asset {@code i % assets}, and its price, {@code base + (i / assets) *
 * STEP}, is unique within its asset, so that an update's value names the latest tick it carries. The
 * ticks of each millisecond are posted together at its start, {@code ticksPerMilli} of them: that
 * instant is each one's intended send time. Immutable.
 *
 * @param startNanos the intended send time of tick 0, on {@link System#nanoTime()}'s scale
 * @param ticksPerMilli ticks posted each millisecond (the rate divided by 1,000)
 * @param assets the assets the ticks take turns on
 * @param base the price of every asset's first tick, above any stored price so that older values
 *     (an update's snapshot of the stored close) are told apart
 * @param total ticks in the run
 * @param measuredFrom the first tick measured: those before it are the warm-up
 */
record TickPlan(long startNanos, int ticksPerMilli, int assets, double base, long total, long measuredFrom) {

    /** The price difference between an asset's successive ticks. */
    static final double STEP = 1.0 / 1024;

    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    /** The intended send time of tick {@code i}. */
    long intendedNanos(long i) {
        return startNanos + (i / ticksPerMilli) * MILLI;
    }

    /** How many ticks are due at {@code nanos}: those whose intended send time has come. */
    long dueAt(long nanos) {
        return nanos < startNanos ? 0 : Math.min(total, ((nanos - startNanos) / MILLI + 1) * ticksPerMilli);
    }

    /** The asset (its index) of tick {@code i}. */
    int asset(long i) {
        return (int) (i % assets);
    }

    /** The price of tick {@code i}. */
    double price(long i) {
        return base + (i / assets) * STEP;
    }

    /**
     * The tick of {@code asset} whose price is {@code value}, or -1 when it is none of this run's (an
     * older price, or NaN).
     */
    long tickOf(int asset, double value) {
        if (!(value >= base)) {
            return -1;
        }
        long i = Math.round((value - base) / STEP) * assets + asset;
        return i < total ? i : -1;
    }

    /** The last tick of {@code asset}. */
    long lastOf(int asset) {
        long last = total - 1;
        return last - Math.floorMod(last - asset, assets);
    }
}
